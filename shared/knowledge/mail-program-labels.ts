/**
 * Where each field is in each mail program, in the program's own words, in Italian and English:
 * the menu path to the window, the field's label, and the names of the values the program lists.
 * The sentences around them are ours (`mailPrograms:fix`); these labels are the programs'.
 */
import type { Language } from '../i18n/languages'
import type { OutgoingAuth, ProgramField, ProgramSecurity, ReadableProgram } from './mail-programs'

/** The labels of one program in one language. */
export interface ProgramLabels {
  /** The program's name as people know it. */
  name: string
  /** The menu path to the incoming and to the outgoing server's settings. */
  path: { incoming: string; outgoing: string }
  /** Each field's label in that window. */
  field: Record<ProgramField, string>
  security: Record<ProgramSecurity, string>
  auth: Record<OutgoingAuth, string>
}

/** The labels of every program by language, each with the pages or files they are taken from. */
export const PROGRAM_LABELS: Record<
  ReadableProgram,
  { sources: string[] } & Record<Language, ProgramLabels>
> = {
  thunderbird: {
    sources: [
      'https://support.mozilla.org/kb/manual-account-configuration',
      'https://support.mozilla.org/it/kb/configurazione-manuale-account',
      'Thunderbird it/en localization: am-server-top.dtd (field labels), messenger/accountManager.ftl (outgoing-server-section-name: Server posta in uscita), smtpEditOverlay.dtd',
    ],
    en: {
      name: 'Thunderbird',
      path: {
        incoming: 'Account Settings › Server Settings',
        outgoing: 'Account Settings › Outgoing Server (SMTP) › Edit',
      },
      field: {
        'incoming.host': 'Server Name',
        'incoming.port': 'Port',
        'incoming.security': 'Connection security',
        'incoming.username': 'User Name',
        'outgoing.host': 'Server Name',
        'outgoing.port': 'Port',
        'outgoing.security': 'Connection security',
        'outgoing.username': 'User Name',
        'outgoing.auth': 'Authentication method',
      },
      security: { ssl: 'SSL/TLS', starttls: 'STARTTLS', none: 'None' },
      auth: {
        none: 'No authentication',
        password: 'Normal password',
        'encrypted-password': 'Encrypted password',
        oauth2: 'OAuth2',
        other: 'Other',
      },
    },
    it: {
      name: 'Thunderbird',
      path: {
        incoming: 'Impostazioni account › Impostazioni server',
        outgoing: 'Impostazioni account › Server posta in uscita › Modifica',
      },
      field: {
        'incoming.host': 'Nome server',
        'incoming.port': 'Porta',
        'incoming.security': 'Sicurezza della connessione',
        'incoming.username': 'Nome utente',
        'outgoing.host': 'Nome server',
        'outgoing.port': 'Porta',
        'outgoing.security': 'Sicurezza della connessione',
        'outgoing.username': 'Nome utente',
        'outgoing.auth': 'Metodo di autenticazione',
      },
      security: { ssl: 'SSL/TLS', starttls: 'STARTTLS', none: 'Nessuna' },
      auth: {
        none: 'Nessuna autenticazione',
        password: 'Password normale',
        'encrypted-password': 'Password cifrata',
        oauth2: 'OAuth2',
        other: 'Altro',
      },
    },
  },
  outlook: {
    sources: [
      'https://support.microsoft.com/office/change-or-update-email-account-settings-in-outlook-for-windows-560a9065-3c3a-4ec5-a24f-cdb9a8d622a2',
      'https://support.microsoft.com/it-it/office/modificare-o-aggiornare-le-impostazioni-dell-account-di-posta-elettronica-in-outlook-per-windows-560a9065-3c3a-4ec5-a24f-cdb9a8d622a2',
    ],
    en: {
      name: 'Outlook',
      path: {
        incoming: 'File › Account Settings › Account Settings › Change',
        outgoing: 'File › Account Settings › Account Settings › Change › More Settings › Advanced',
      },
      field: {
        'incoming.host': 'Incoming mail server',
        'incoming.port': 'Incoming server',
        'incoming.security': 'Use the following type of encrypted connection',
        'incoming.username': 'User Name',
        'outgoing.host': 'Outgoing mail server (SMTP)',
        'outgoing.port': 'Outgoing server (SMTP)',
        'outgoing.security': 'Use the following type of encrypted connection',
        'outgoing.username': 'User Name',
        'outgoing.auth': 'My outgoing server (SMTP) requires authentication',
      },
      security: { ssl: 'SSL/TLS', starttls: 'STARTTLS', none: 'None' },
      auth: {
        none: 'off',
        password: 'on',
        'encrypted-password': 'on',
        oauth2: 'on',
        other: 'on',
      },
    },
    it: {
      name: 'Outlook',
      path: {
        incoming: 'File › Impostazioni account › Impostazioni account › Cambia',
        outgoing:
          'File › Impostazioni account › Impostazioni account › Cambia › Altre impostazioni › Impostazioni avanzate',
      },
      field: {
        'incoming.host': 'Server posta in arrivo',
        'incoming.port': 'Server posta in arrivo',
        'incoming.security': 'Utilizzare il tipo di connessione crittografata seguente',
        'incoming.username': 'Nome utente',
        'outgoing.host': 'Server posta in uscita (SMTP)',
        'outgoing.port': 'Server posta in uscita (SMTP)',
        'outgoing.security': 'Utilizzare il tipo di connessione crittografata seguente',
        'outgoing.username': 'Nome utente',
        'outgoing.auth': 'Il server della posta in uscita (SMTP) richiede l’autenticazione',
      },
      security: { ssl: 'SSL/TLS', starttls: 'STARTTLS', none: 'Nessuna' },
      auth: {
        none: 'disattivata',
        password: 'attivata',
        'encrypted-password': 'attivata',
        oauth2: 'attivata',
        other: 'attivata',
      },
    },
  },
  'apple-mail': {
    sources: [
      'https://support.apple.com/guide/mail/server-settings-cpmlprefacctadv/mac',
      'https://support.apple.com/it-it/guide/mail/cpmlprefacctadv/mac',
    ],
    en: {
      name: 'Apple Mail',
      path: {
        incoming: 'Mail › Settings › Accounts › Server Settings › Incoming Mail Server',
        outgoing: 'Mail › Settings › Accounts › Server Settings › Outgoing Mail Server (SMTP)',
      },
      field: {
        'incoming.host': 'Host Name',
        'incoming.port': 'Port',
        'incoming.security': 'Use TLS/SSL',
        'incoming.username': 'User Name',
        'outgoing.host': 'Host Name',
        'outgoing.port': 'Port',
        'outgoing.security': 'Use TLS/SSL',
        'outgoing.username': 'User Name',
        'outgoing.auth': 'Authentication',
      },
      security: { ssl: 'on', starttls: 'on', none: 'off' },
      auth: {
        none: 'None',
        password: 'Password',
        'encrypted-password': 'MD5 Challenge-Response',
        oauth2: 'OAuth',
        other: 'Other',
      },
    },
    it: {
      name: 'Mail di Apple',
      path: {
        incoming: 'Mail › Impostazioni › Account › Impostazioni server › Server posta in entrata',
        outgoing: 'Mail › Impostazioni › Account › Impostazioni server › Server posta in uscita (SMTP)',
      },
      field: {
        'incoming.host': 'Nome host',
        'incoming.port': 'Porta',
        'incoming.security': 'Usa TLS/SSL',
        'incoming.username': 'Nome utente',
        'outgoing.host': 'Nome host',
        'outgoing.port': 'Porta',
        'outgoing.security': 'Usa TLS/SSL',
        'outgoing.username': 'Nome utente',
        'outgoing.auth': 'Autenticazione',
      },
      security: { ssl: 'attivo', starttls: 'attivo', none: 'disattivo' },
      auth: {
        none: 'Nessuna',
        password: 'Password',
        'encrypted-password': 'MD5 Challenge-Response',
        oauth2: 'OAuth',
        other: 'Altro',
      },
    },
  },
}

/** A value as the program shows it in that field: its own word for a security or sign-in choice. */
export function programValue(
  program: ReadableProgram,
  lang: Language,
  field: ProgramField,
  value: string,
): string {
  const labels = PROGRAM_LABELS[program][lang]
  if (field.endsWith('.security') && value in labels.security)
    return labels.security[value as ProgramSecurity]
  if (field === 'outgoing.auth' && value in labels.auth) return labels.auth[value as OutgoingAuth]
  return value
}

/**
 * The values of the `mailPrograms:fix` sentence for one wrong field: the program, the path to its
 * window, the field's label and the value to put, all in the program's own words.
 */
export function fixParams(
  program: ReadableProgram,
  lang: Language,
  difference: { field: ProgramField; now: string; right: string },
): Record<string, string> {
  const labels = PROGRAM_LABELS[program][lang]
  return {
    program: labels.name,
    path: labels.path[difference.field.startsWith('outgoing.') ? 'outgoing' : 'incoming'],
    field: labels.field[difference.field],
    value: programValue(program, lang, difference.field, difference.right),
    now: programValue(program, lang, difference.field, difference.now),
  }
}
