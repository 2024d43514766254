import { describe, it } from 'vitest'
import { expectCase, type SisimaiCase } from '../../scripts/sisimai-cases'

/** Samples of services the generic readers (DSN, Exim, Postfix…) already read right: SendGrid, Amazon WorkMail, Courier, Barracuda, McAfee, mail.ru, Yandex, Outlook.com and iCloud's Messaging Server. */
const CASES: readonly SisimaiCase[] = [
  ['lhost-sendgrid-01.eml', 1, '5.1.1', 550, 'userunknown'],
  ['lhost-sendgrid-02.eml', 1, '5.1.1', 550, 'userunknown'],
  ['lhost-sendgrid-03.eml', 1, null, null, 'expired'],
  ['lhost-amazonworkmail-01.eml', 1, '5.1.1', 550, 'userunknown'],
  ['lhost-amazonworkmail-02.eml', 1, '5.2.1', 550, 'filtered'],
  ['lhost-amazonworkmail-03.eml', 1, '5.3.5', 550, 'systemerror'],
  ['lhost-amazonworkmail-04.eml', 1, '5.2.2', 550, 'mailboxfull'],
  ['lhost-amazonworkmail-05.eml', 1, '4.4.2', 421, 'expired'],
  ['lhost-amazonworkmail-07.eml', 1, '4.4.2', 421, 'expired'],
  ['lhost-amazonworkmail-08.eml', 1, '5.2.2', null, 'mailboxfull'],
  ['lhost-courier-01.eml', 1, '5.1.1', 550, 'userunknown'],
  ['lhost-courier-02.eml', 1, '5.0.0', 550, 'filtered'],
  ['lhost-courier-03.eml', 1, '5.7.1', 550, 'rejected'],
  ['lhost-courier-04.eml', 1, '5.0.0', null, 'hostunknown'],
  ['lhost-barracuda-01.eml', 1, '5.7.1', 550, 'spamdetected'],
  ['lhost-barracuda-02.eml', 1, '5.7.1', 550, 'spamdetected'],
  ['lhost-mcafee-01.eml', 1, null, 550, 'userunknown'], // Sisimai: filtered (no command named; DEPARTURES in corpus-measure.ts)
  ['lhost-mcafee-02.eml', 1, '5.1.1', 550, 'userunknown'],
  ['lhost-mcafee-03.eml', 1, '5.1.1', 550, 'userunknown'],
  ['lhost-mcafee-04.eml', 1, null, 550, 'userunknown'], // Sisimai: filtered (no command named; DEPARTURES in corpus-measure.ts)
  ['lhost-mcafee-05.eml', 1, null, 550, 'userunknown'], // Sisimai: filtered (no command named; DEPARTURES in corpus-measure.ts)
  ['lhost-mailru-01.eml', 1, '5.1.1', 550, 'userunknown'],
  ['lhost-mailru-02.eml', 1, '5.2.2', 550, 'mailboxfull'],
  ['lhost-mailru-03.eml', 1, '5.2.2', 550, 'mailboxfull'],
  ['lhost-mailru-03.eml', 2, '5.2.1', 550, 'userunknown'],
  ['lhost-mailru-04.eml', 1, '5.1.1', 550, 'userunknown'],
  ['lhost-mailru-05.eml', 1, null, null, 'notaccept'],
  ['lhost-mailru-06.eml', 1, null, null, 'hostunknown'],
  ['lhost-mailru-07.eml', 1, null, 550, 'filtered'],
  ['lhost-mailru-08.eml', 1, null, 550, 'userunknown'],
  ['lhost-mailru-09.eml', 1, '5.1.8', 501, 'rejected'],
  ['lhost-mailru-10.eml', 1, null, null, 'expired'],
  ['lhost-yandex-01.eml', 1, '5.1.1', 550, 'userunknown'],
  ['lhost-yandex-02.eml', 1, '5.2.1', 550, 'userunknown'],
  ['lhost-yandex-02.eml', 2, '5.2.2', 550, 'mailboxfull'],
  ['lhost-yandex-03.eml', 1, '4.4.1', null, 'expired'],
  ['lhost-outlook-01.eml', 1, '5.2.2', 550, 'mailboxfull'],
  ['lhost-outlook-02.eml', 1, '5.1.1', 550, 'userunknown'],
  ['lhost-outlook-03.eml', 1, '5.5.0', 554, 'hostunknown'],
  ['lhost-outlook-04.eml', 1, '5.1.1', 550, 'userunknown'],
  ['lhost-outlook-04.eml', 2, '5.2.2', 550, 'mailboxfull'],
  ['lhost-outlook-06.eml', 1, '4.4.7', null, 'expired'],
  ['lhost-outlook-07.eml', 1, '4.4.7', null, 'expired'],
  ['lhost-outlook-08.eml', 1, '5.5.0', 550, 'userunknown'],
  ['lhost-outlook-09.eml', 1, '5.5.0', 550, 'requireptr'],
  ['lhost-messagingserver-01.eml', 1, '5.1.1', 550, 'userunknown'],
  ['lhost-messagingserver-02.eml', 1, '5.2.0', null, 'mailboxfull'],
  ['lhost-messagingserver-03.eml', 1, '5.7.1', 550, 'userunknown'], // Sisimai: filtered (no command named; DEPARTURES in corpus-measure.ts)
  ['lhost-messagingserver-03.eml', 2, '5.7.1', 550, 'userunknown'], // Sisimai: filtered (no command named; DEPARTURES in corpus-measure.ts)
  ['lhost-messagingserver-04.eml', 1, '5.2.2', 550, 'mailboxfull'],
  ['lhost-messagingserver-05.eml', 1, '5.4.4', null, 'hostunknown'],
  ['lhost-messagingserver-06.eml', 1, '5.2.1', 550, 'filtered'],
  ['lhost-messagingserver-07.eml', 1, '4.4.7', null, 'expired'],
  ['lhost-messagingserver-08.eml', 1, '5.0.0', 550, 'filtered'],
  ['lhost-messagingserver-09.eml', 1, '5.0.0', 550, 'userunknown'],
  ['lhost-messagingserver-10.eml', 1, '5.1.10', null, 'notaccept'],
  ['lhost-messagingserver-11.eml', 1, '5.1.8', 501, 'rejected'],
  ['lhost-messagingserver-12.eml', 1, '4.2.2', null, 'mailboxfull'],
]

describe('services read by the generic readers', () => {
  it.each(CASES)('%s, recipient %i: %s %s %s', async (...entry) => {
    await expectCase(entry)
  })
})
