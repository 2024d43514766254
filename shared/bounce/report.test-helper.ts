/** What a test's returned message with a delivery-status part holds. */
export interface ReportParts {
  from: string
  subject: string
  /** The readable part's lines. */
  text: readonly string[]
  /** The delivery-status part's lines (Reporting-MTA, then a recipient's fields). */
  fields: readonly string[]
}

/** A returned message with a delivery-status part (RFC 3464), as the bounce tests write one. */
export function deliveryReport({ from, subject, text, fields }: ReportParts): string {
  return [
    `From: ${from}`,
    `Subject: ${subject}`,
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
    '',
    '--b',
    'Content-Type: text/plain',
    '',
    ...text,
    '--b',
    'Content-Type: message/delivery-status',
    '',
    ...fields,
    '--b--',
    '',
  ].join('\n')
}
