/**
 * Where each field is in each mail program, in the program's own words, in Italian and English:
 * the menu path to the window, the field's label, and the names of the values the program lists.
 * The sentences around them are ours (`mailPrograms:fix`); these labels are the programs'.
 */
import type { Language } from '../protocol/languages'
import type { OutgoingAuth, ProgramField, ProgramSecurity, ReadableProgram } from './mail-programs'

/** The labels of one program in one language. */
export interface ProgramLabels {
  /** The program's name as people know it. */
  name: string
  /** The menu path to the incoming and to the outgoing server's settings. */
  path: { incoming: string; outgoing: string }
  /** The path to a field that sits elsewhere than its side's window (Outlook's ports are under a tab). */
  fieldPath?: Partial<Record<ProgramField, string>>
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
      // Incoming window and its fields: am-server-top.dtd (serverSettings, serverName, port, userName,
      // connectionSecurity, authMethod); prefs.properties prefPanel-server (it: Impostazioni server).
      'thunderbird-l10n it/mail/chrome/messenger/am-server-top.dtd; comm-central mail/locales/en-US/chrome/messenger/am-server-top.dtd',
      // Outgoing: the account tree's section (en prefPanel-smtp “Outgoing Server (SMTP)”; it, Thunderbird 128+,
      // accountManager.ftl outgoing-server-section-name “Server posta in uscita”, before it prefPanel-smtp
      // “Server in uscita (SMTP)”), its “Edit…”/“Modifica…” button (am-advanced.dtd smtpListEdit) and the
      // SMTP Server dialog's fields and values (smtpEditOverlay.dtd).
      'thunderbird-l10n it/mail/messenger/accountManager.ftl, it/mail/chrome/messenger/am-advanced.dtd, it/mail/chrome/messenger/smtpEditOverlay.dtd; comm-central mail/locales/en-US/chrome/messenger/am-advanced.dtd, smtpEditOverlay.dtd',
      // Sign-in values: messenger.properties authNo, authPasswordCleartextViaSSL, authPasswordEncrypted, authOAuth2.
      'thunderbird-l10n it/mail/chrome/messenger/messenger.properties (it: Password crittata)',
    ],
    en: {
      name: 'Thunderbird',
      path: {
        incoming: 'Account Settings › Server Settings',
        outgoing: 'Account Settings › Outgoing Server (SMTP) › Edit…',
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
        outgoing: 'Impostazioni account › Server posta in uscita › Modifica…',
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
        'encrypted-password': 'Password crittata',
        oauth2: 'OAuth2',
        other: 'Altro',
      },
    },
  },
  outlook: {
    sources: [
      // The path: File › Account Settings › Account Settings, the account, Change (it: Cambia).
      'https://support.microsoft.com/office/change-or-update-email-account-settings-in-outlook-for-windows-560a9065-3c3a-4ec5-a24f-cdb9a8d622a2',
      'http://office.microsoft.com/it-it/outlook-help/change-email-account-settings-HA102809384.aspx',
      // Checked 2026-12-06 in the stored it-it page above: “File > Impostazioni account > Impostazioni
      // account”, then “Cambia”, word for word. The tab and field names below (Altre impostazioni,
      // Impostazioni avanzate, Server della posta in uscita) were not in any stored Microsoft page: unconfirmed.
      // Where each field sits: the server names and user name in the Change window, the sign-in box
      // and its user name on the More Settings › Outgoing Server tab, ports and encryption on Advanced.
      'https://mailbrother.com/blog/microsoft-outlooks-smtp-settings-a-complete-guide',
    ],
    en: {
      name: 'Outlook',
      path: {
        incoming: 'File › Account Settings › Account Settings › Change',
        outgoing: 'File › Account Settings › Account Settings › Change',
      },
      fieldPath: {
        'incoming.port': 'File › Account Settings › Account Settings › Change › More Settings › Advanced',
        'incoming.security': 'File › Account Settings › Account Settings › Change › More Settings › Advanced',
        'outgoing.port': 'File › Account Settings › Account Settings › Change › More Settings › Advanced',
        'outgoing.security': 'File › Account Settings › Account Settings › Change › More Settings › Advanced',
        'outgoing.username':
          'File › Account Settings › Account Settings › Change › More Settings › Outgoing Server',
        'outgoing.auth':
          'File › Account Settings › Account Settings › Change › More Settings › Outgoing Server',
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
        outgoing: 'File › Impostazioni account › Impostazioni account › Cambia',
      },
      fieldPath: {
        'incoming.port':
          'File › Impostazioni account › Impostazioni account › Cambia › Altre impostazioni › Impostazioni avanzate',
        'incoming.security':
          'File › Impostazioni account › Impostazioni account › Cambia › Altre impostazioni › Impostazioni avanzate',
        'outgoing.port':
          'File › Impostazioni account › Impostazioni account › Cambia › Altre impostazioni › Impostazioni avanzate',
        'outgoing.security':
          'File › Impostazioni account › Impostazioni account › Cambia › Altre impostazioni › Impostazioni avanzate',
        'outgoing.username':
          'File › Impostazioni account › Impostazioni account › Cambia › Altre impostazioni › Server della posta in uscita',
        'outgoing.auth':
          'File › Impostazioni account › Impostazioni account › Cambia › Altre impostazioni › Server della posta in uscita',
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
      // The panel's name, “Impostazioni server” (it): Mail › Preferenze › Account › Impostazioni server.
      // Checked 2026-12-06 in the stored copy: “In Mail scegli Mail > Preferenze, quindi fai clic su
      // Account … Fai clic sul pannello Impostazioni server” (macOS Sierra; since macOS 13 the menu item
      // is Impostazioni). The field names (Nome host, Usa TLS/SSL) were not in a stored Apple page: unconfirmed.
      'https://support.apple.com/it-it/HT204208',
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
    path:
      labels.fieldPath?.[difference.field] ??
      labels.path[difference.field.startsWith('outgoing.') ? 'outgoing' : 'incoming'],
    field: labels.field[difference.field],
    value: programValue(program, lang, difference.field, difference.right),
    now: programValue(program, lang, difference.field, difference.now),
  }
}
