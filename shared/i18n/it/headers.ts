/** Testi del lettore delle intestazioni: la cronologia, i verdetti e i rimedi (italiano). */
export default {
  screen: {
    title: 'Leggi le intestazioni del messaggio',
    intro:
      'Ogni server che un messaggio attraversa annota quando l’ha preso e cosa ne pensa. Incolla qui le intestazioni (o il messaggio intero): MailDoctor le legge su questo computer, senza inviarle da nessuna parte.',
    howTo: 'Dove trovo le intestazioni?',
    howToSteps: [
      'Gmail: apri il messaggio, fai clic sui tre puntini, poi «Mostra originale».',
      'Outlook: apri il messaggio, poi File › Proprietà, e copia «Intestazioni Internet».',
      'Outlook sul web: apri il messaggio, fai clic sui tre puntini, poi Vista › «Visualizza dettagli messaggio».',
      'Thunderbird: apri il messaggio, poi Visualizza › «Sorgente del messaggio» (Ctrl+U).',
      'Apple Mail: apri il messaggio, poi Vista › Messaggio › «Tutte le intestazioni» (Maiusc+Cmd+H).',
    ],
    label: 'Intestazioni del messaggio',
    placeholder: 'Received: from …',
    read: 'Leggi le intestazioni',
    reading: 'Lettura in corso…',
    empty: 'Prima incolla le intestazioni di un messaggio.',
    noHeaders:
      'Non sembrano le intestazioni di un messaggio: manca una riga “Received:”. Copia tutto il blocco delle intestazioni, dalla prima riga fino alla riga vuota prima del testo.',
    truncated: 'Il testo è molto lungo: MailDoctor ne ha letto solo la prima parte.',
    failed:
      'MailDoctor non è riuscito a leggere queste intestazioni in tempo. Incolla solo le intestazioni di un messaggio e riprova.',
    shown: '{{count}} server lungo il percorso',
  },
  timeline: {
    title: 'Il percorso del messaggio',
    caption:
      'Ogni riga è un server che ha preso il messaggio; la barra mostra quanto ha atteso prima di arrivarci.',
    hop: '{{from}} → {{by}}',
    unknownHost: 'server sconosciuto',
    delay: 'dopo {{duration}}',
    first: 'primo server',
    noDate: 'orario non annotato',
    skew: 'orologio sfasato: l’orario di questo server è {{duration}} prima di quello precedente',
    slowest: 'attesa più lunga',
    total: 'Dal primo all’ultimo server: {{duration}}.',
    beforeSending: 'Tra l’orario scritto sul messaggio e il primo server: {{duration}}.',
    areas: {
      beforeSending: 'prima di partire dal mittente',
      sendingSide: 'presso il fornitore del mittente',
      inTransit: 'nel passaggio al server del destinatario',
      receivingSide: 'sul server del destinatario',
    },
  },
  auth: {
    title: 'Cosa ha verificato il server che l’ha ricevuto',
    recordedBy: 'Annotato da {{server}}.',
    notRecorded: 'non annotato',
    results: {
      pass: 'superato',
      fail: 'non superato',
      softfail: 'non superato (lieve)',
      neutral: 'neutro',
      none: 'assente',
      temperror: 'errore temporaneo',
      permerror: 'errore permanente',
      policy: 'bloccato da una regola',
    },
    explain: {
      spf: 'SPF: il server che l’ha spedito può inviare posta per il dominio?',
      dkim: 'DKIM: il messaggio porta una firma valida del dominio?',
      dmarc: 'DMARC: il dominio del mittente (nel campo Da) corrisponde a un SPF o DKIM superato?',
      arc: 'ARC: un server di inoltro ha garantito i controlli precedenti?',
    },
    summary:
      'Il server che l’ha ricevuto ha giudicato il messaggio: SPF {{spf}}, DKIM {{dkim}}, DMARC {{dmarc}}.',
    dkimLocal: {
      title: 'DKIM verificato di nuovo qui',
      pass: 'La firma di {{domain}} (selettore {{selector}}) è valida.',
      fail: 'La firma di {{domain}} (selettore {{selector}}) non torna: {{reason}}',
      none: 'Il messaggio non porta nessuna firma DKIM.',
      noBody:
        'Hai incollato solo le intestazioni, quindi la firma non si può verificare di nuovo (copre anche il testo). Incolla il messaggio intero per verificarla.',
      offline: 'Non è stato possibile verificare di nuovo la firma: il DNS non ha risposto ({{reason}}).',
    },
  },
  spam: {
    title: 'Cosa hanno deciso i filtri antispam',
    none: 'Nessun filtro antispam ha scritto il suo verdetto in queste intestazioni.',
    verdict: '{{filter}}: {{verdict}}',
    score: 'punteggio {{score}}',
    scoreOf: 'punteggio {{score}} (spam da {{threshold}})',
    rules: 'Regole: {{rules}}',
    filters: {
      microsoft: 'Filtro Microsoft',
      spamassassin: 'SpamAssassin',
      rspamd: 'Rspamd',
      barracuda: 'Barracuda',
      proofpoint: 'Proofpoint',
      mimecast: 'Mimecast',
      other: 'Filtro antispam',
    },
    verdicts: {
      spam: 'spam',
      notSpam: 'non è spam',
      bulk: 'posta massiva',
      phishing: 'phishing o mittente falsificato',
      allowed: 'consentito da un elenco',
      blocked: 'bloccato da un elenco',
      unknown: 'nessun verdetto chiaro',
    },
  },
  roundTrip: {
    verdict:
      'Il server che l’ha ricevuto ha giudicato il tuo messaggio di prova: SPF {{spf}}, DKIM {{dkim}}, DMARC {{dmarc}}.',
    fix: 'Da sistemare per primo: {{remedy}}.',
    allGood: 'Tutti e tre i controlli sono superati.',
    noAuth: 'Il server che l’ha ricevuto non ha scritto se il mittente è vero.',
    unread: 'Non è stato possibile leggere le intestazioni del messaggio di prova.',
  },
  role: {
    toRecipient:
      'Hai detto che sono messaggi che invii. Questo però arriva da {{fromDomain}}, non dal tuo dominio {{ownDomain}}. Per questo lo leggiamo come un messaggio che hai ricevuto.',
    toSender:
      'Hai detto che sono messaggi che ricevi. Questo però arriva dal tuo dominio, {{fromDomain}}. Per questo le correzioni di chi invia toccano a te.',
  },
  cli: {
    noHeaders: 'Nessuna intestazione trovata: nel testo manca una riga “Received:”.',
    empty: 'L’input è vuoto: indica un file con le intestazioni, oppure - per leggerle dallo stdin.',
    labels: {
      hops: 'Il percorso del messaggio (dal più vecchio)',
      total: 'Totale',
      slowest: 'Attesa più lunga',
      auth: 'Autenticazione',
      spam: 'Filtri antispam',
      remedies: 'Cosa fare',
      who: 'Chi deve intervenire',
    },
  },
}
