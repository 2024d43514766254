/** Testi della ricerca delle impostazioni (`client.discovery`) (italiano). */
export default {
  foundTitle: 'Abbiamo trovato le impostazioni giuste per {{domain}}',
  foundDetail: {
    profile: 'Da quello che sappiamo di {{provider}}: posta in arrivo {{incoming}}, in uscita {{outgoing}}.',
    ispdb:
      'Dall’elenco dei fornitori di posta di Thunderbird ({{provider}}): posta in arrivo {{incoming}}, in uscita {{outgoing}}.',
    autoconfig:
      'Pubblicate dal dominio stesso (autoconfig): posta in arrivo {{incoming}}, in uscita {{outgoing}}.',
    'profile-mx':
      'La posta del dominio arriva a {{provider}}, quindi valgono le sue impostazioni: posta in arrivo {{incoming}}, in uscita {{outgoing}}.',
    'ispdb-mx':
      'La posta del dominio arriva a {{provider}} (elenco di Thunderbird, dal nome del server di posta): posta in arrivo {{incoming}}, in uscita {{outgoing}}.',
    autodiscover:
      'Pubblicate dal dominio per Exchange (Autodiscover): posta in arrivo {{incoming}}, in uscita {{outgoing}}.',
    srv: 'Pubblicate nei record SRV del dominio: posta in arrivo {{incoming}}, in uscita {{outgoing}}.',
    guess:
      'Nessuno pubblica le impostazioni di questo dominio; questi nomi usuali rispondono con un certificato valido: posta in arrivo {{incoming}}, in uscita {{outgoing}}. Fatteli confermare dal tuo fornitore.',
  },
  noneTitle: 'Non abbiamo trovato le impostazioni per {{domain}}',
  noneDetail:
    'Né il nostro elenco di fornitori, né quello di Thunderbird, né il dominio stesso indicano quali server usare, e i nomi usuali non rispondono. Le trovi nelle pagine di aiuto del tuo fornitore o chiedendo alla sua assistenza.',
  redirectDetail:
    'Per le impostazioni, il dominio manda i programmi di posta a un altro indirizzo ({{redirect}}). Te lo mostriamo, ma non lo seguiamo in automatico. Chiedi al tuo fornitore se è suo.',
  failedTitle: 'Non siamo riusciti a cercare le impostazioni di {{domain}}',
  failedDetail:
    'Tutte le fonti che consultiamo hanno dato errore o non hanno risposto in tempo, quindi questo non dice nulla delle tue impostazioni. Controlla la connessione a internet e riprova.',
  card: {
    provider: 'La tua posta è presso {{provider}}.',
    source: {
      profile: 'Queste sono le impostazioni che conosciamo per questo fornitore.',
      ispdb: 'Queste impostazioni vengono dall’elenco dei fornitori di posta di Thunderbird.',
      autoconfig: 'Il tuo dominio pubblica da sé queste impostazioni.',
      'profile-mx': 'La posta del tuo dominio arriva a questo fornitore, quindi valgono le sue impostazioni.',
      'ispdb-mx':
        'La posta del tuo dominio arriva a questo fornitore (elenco di Thunderbird), quindi valgono le sue impostazioni.',
      autodiscover: 'Il tuo dominio pubblica queste impostazioni per Exchange (Autodiscover).',
      srv: 'Il tuo dominio pubblica questi server nei suoi record DNS.',
      guess:
        'Nessuno pubblica le impostazioni del tuo dominio: hanno risposto questi nomi usuali. Fatteli confermare dal fornitore.',
    },
    signIn: {
      oauth2:
        'Questo fornitore vuole che i programmi di posta entrino dalla sua pagina: «Accedi con Microsoft» o «Accedi con Google». Non con la password scritta nel programma.',
      'oauth2-or-app-password':
        'Questo fornitore preferisce l’accesso dalla sua pagina: «Accedi con Google» o «Accedi con Microsoft». Se hai la verifica in due passaggi, un programma senza questa scelta vuole una password per le app.',
      'app-password':
        'Questo fornitore vuole nei programmi di posta una password per le app, non la tua password solita.',
    },
  },
  compare: {
    title: 'Le tue impostazioni a confronto con quelle giuste',
    lead: 'Scrivi quello che ha ora il tuo programma di posta; lascia vuoto quello che non trovi. Ti diciamo cosa cambiare.',
    protocol: 'Tipo di account in arrivo',
    incoming: 'Server della posta in arrivo',
    outgoing: 'Server della posta in uscita (SMTP)',
    server: 'Nome del server',
    port: 'Porta',
    security: 'Sicurezza',
    notSure: 'Non lo so',
    none: 'Nessuna',
    user: 'Nome utente',
    button: 'Confronta',
    same: 'Quello che hai scritto corrisponde alle impostazioni giuste.',
    securityName: { ssl: 'SSL/TLS', starttls: 'STARTTLS', none: 'nessuna' },
    difference: {
      incomingHost: 'Server in arrivo: hai {{have}}, deve essere {{want}}.',
      incomingPort: 'Porta in arrivo: hai {{have}}, deve essere {{want}}.',
      incomingSecurity: 'Sicurezza in arrivo: hai {{have}}, deve essere {{want}}.',
      outgoingHost: 'Server in uscita: hai {{have}}, deve essere {{want}}.',
      outgoingPort: 'Porta in uscita: hai {{have}}, deve essere {{want}}.',
      outgoingSecurity: 'Sicurezza in uscita: hai {{have}}, deve essere {{want}}.',
      user: 'Nome utente: hai {{have}}; usa l’indirizzo email completo, {{want}}.',
    },
  },
  where: {
    title: 'Dove trovare questi campi nel tuo programma di posta',
    outlook: {
      name: 'Outlook',
      path: 'File › Impostazioni account › Impostazioni account, scegli l’account, poi Cambia (o Impostazioni server).',
    },
    appleMail: {
      name: 'Apple Mail (Mac)',
      path: 'Mail › Impostazioni › Account, scegli l’account, poi Impostazioni server.',
    },
    thunderbird: {
      name: 'Thunderbird',
      path: 'Impostazioni account: Impostazioni server per la posta in arrivo; Server in uscita (SMTP) in fondo all’elenco per quella in uscita.',
    },
    gmailApp: {
      name: 'App Gmail',
      path: 'Menu › Impostazioni, scegli l’account, poi Impostazioni posta in arrivo e Impostazioni posta in uscita.',
    },
    iphoneMail: {
      name: 'Mail di iPhone',
      path: 'Impostazioni › App › Mail › Account di Mail, scegli l’account, poi di nuovo l’account.',
    },
  },
  /** Le pagine del fornitore, con il suo nome (accanto, l'indirizzo della pagina). */
  providerLink: {
    webmail: 'Webmail di {{provider}}',
    panel: 'Pannello di controllo di {{provider}}',
    status: 'Incidenti e manutenzioni di {{provider}}',
    support: 'Assistenza di {{provider}}',
    mxGuide: 'Guida di {{provider}}: dove arriva la posta del tuo dominio (record MX)',
    spamBlockGuide: 'Guida di {{provider}} ai blocchi per spam',
    open: '{{label}} ({{host}})',
  },
  /** La scheda quando non abbiamo le impostazioni del fornitore e la ricerca non ne ha trovate. */
  cardDiscoveryOnly:
    '{{provider}} non pubblica queste impostazioni sulle sue pagine. Le cerchiamo sui server del tuo dominio, ma questa volta nessuno ha risposto.',
  /** Il passo dell'accesso, con i server che prova: quelli della scheda delle impostazioni. */
  loginServers:
    'La prova usa il server della posta in uscita (SMTP) {{smtp}} e il server della posta in arrivo {{incoming}}.',
  /** Changes a provider announced (shared/knowledge/provider-changes.ts), before and from their date. */
  providerChanges: {
    'm365-smtp-basic-auth': {
      before:
        'Dal {{date}} Microsoft non accetta più la password per inviare la posta. Imposta ora nel programma «Accedi con Microsoft».',
      after:
        'Dal {{date}} Microsoft non accetta più la password per inviare la posta (risposta 550 5.7.30). Usa «Accedi con Microsoft» nel programma.',
    },
    'aruba-pec-dedicated-password': {
      before:
        'Con la verifica in due passaggi attiva, Aruba PEC vuole una password dedicata nei programmi di posta. Creala dalla Webmail PEC.',
      after:
        'Con la verifica in due passaggi attiva, Aruba PEC vuole una password dedicata nei programmi di posta. Creala dalla Webmail PEC.',
    },
  },
}
