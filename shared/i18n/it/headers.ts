/** Testi del lettore delle intestazioni: la cronologia, i verdetti e i rimedi (italiano). */
export default {
  screen: {
    title: 'Leggi le intestazioni del messaggio',
    intro:
      'Ogni server che un messaggio attraversa annota quando l’ha preso e cosa ne pensa. Incolla qui le intestazioni (o il messaggio intero): MailDoctor le legge su questo computer, senza inviarle da nessuna parte.',
    howTo: 'Dove trovo le intestazioni?',
    howToSteps: [
      'Gmail: apri il messaggio, fai clic sui tre puntini, poi “Mostra originale”.',
      'Outlook: apri il messaggio, poi File › Proprietà, e copia “Intestazioni Internet”.',
      'Outlook sul web: apri il messaggio, fai clic sui tre puntini, poi Visualizza › “Visualizza dettagli messaggio”.',
      'Thunderbird: apri il messaggio, poi Visualizza › “Sorgente messaggio” (Ctrl+U).',
      'Apple Mail: apri il messaggio, poi Vista › Messaggio › “Tutte le intestazioni”.',
    ],
    label: 'Intestazioni del messaggio',
    placeholder: 'Received: from …',
    read: 'Leggi le intestazioni',
    reading: 'Lettura in corso…',
    empty: 'Prima incolla le intestazioni di un messaggio.',
    noHeaders:
      'Non sembrano le intestazioni di un messaggio: manca una riga “Received:”. Copia tutto il blocco delle intestazioni, dalla prima riga fino alla riga vuota prima del testo.',
    truncated: 'Il testo è molto lungo: MailDoctor ne ha letto solo la prima parte.',
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
      sendingSide: 'presso il provider del mittente',
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
  remedies: {
    outboxDelay: {
      title: 'Il messaggio ha atteso {{duration}} prima di partire dal mittente',
      steps: [
        'L’orario scritto sul messaggio è {{duration}} prima del momento in cui il primo server ({{host}}) l’ha preso: il messaggio è rimasto nel programma di posta del mittente.',
        'Guarda nella Posta in uscita del programma che l’ha inviato: i messaggi restano lì se il computer è scollegato, il programma è chiuso o l’invio non riesce.',
        'Verifica che il programma riesca a inviare (il test del server in uscita di MailDoctor), poi invia di nuovo.',
      ],
    },
    senderClock: {
      title: 'L’orologio del computer del mittente è sbagliato',
      steps: [
        'Il messaggio porta un orario {{duration}} dopo il momento in cui il primo server l’ha preso: l’orologio del computer o del telefono che l’ha scritto è avanti.',
        'Imposta l’aggiornamento automatico di data e ora, poi invia di nuovo.',
      ],
    },
    clockSkew: {
      title: 'L’orologio di un server è sbagliato, quindi un’attesa non si può misurare',
      steps: [
        '{{next}} ha annotato un orario {{duration}} prima di {{host}}, che pure aveva preso il messaggio prima: uno dei due orologi è sbagliato.',
        'Le attese accanto a questo passaggio non sono affidabili; le altre sì.',
        'Avvisa chi gestisce il server con l’orologio sbagliato (lo si capisce dal nome): l’ora va tenuta allineata con NTP.',
      ],
    },
    greylisting: {
      title: 'Il server del destinatario ha trattenuto il messaggio di proposito (greylisting)',
      steps: [
        'Il server del destinatario ha chiesto a {{host}} di riprovare più tardi e ha preso il messaggio dopo {{duration}} (lo scrive lui stesso: greylisting, {{greylistSeconds}} s).',
        'È normale per il primo messaggio di un mittente nuovo; i successivi arrivano senza attesa.',
        'Se succede ogni volta, l’amministratore del destinatario può mettere il tuo server di invio nell’elenco delle eccezioni del greylisting.',
      ],
    },
    recipientServerDelay: {
      title: 'L’attesa è avvenuta sul server del destinatario',
      steps: [
        'Il messaggio è arrivato presto al server del destinatario, poi ha atteso {{duration}} tra {{host}} e {{next}} (dentro il sistema del destinatario: antispam, antivirus o una coda).',
        'Chi invia non può farci nulla: l’amministratore della posta del destinatario può cercare il messaggio nei log di {{next}}.',
      ],
    },
    senderServerDelay: {
      title: 'L’attesa è avvenuta presso il provider del mittente',
      steps: [
        'Il messaggio ha atteso {{duration}} tra {{host}} e {{next}}, entrambi server del provider del mittente.',
        'Controlla sulla pagina di stato del provider se ci sono rallentamenti, e invia un nuovo messaggio di prova.',
        'Se succede ancora, scrivi al provider indicando l’orario e il nome {{host}}: nei loro log vedono il motivo.',
      ],
    },
    handOverDelay: {
      title: 'L’attesa è avvenuta nel passaggio al server del destinatario',
      steps: [
        '{{host}} ha impiegato {{duration}} per consegnare il messaggio a {{next}}.',
        'Di solito il server che riceve ha chiesto di riprovare più tardi (occupato, greylisting, un blocco temporaneo), oppure la coda del server che invia era lenta.',
        'Il provider del mittente vede il motivo nei log di {{host}}: scrivigli indicando l’orario del messaggio.',
      ],
    },
    noDelayInHeaders: {
      title: 'I server hanno consegnato il messaggio senza ritardi',
      steps: [
        'L’ultimo server ha preso il messaggio alle {{at}} (UTC), subito dopo l’invio: i server non l’hanno trattenuto.',
        'Se l’hai visto molto più tardi, l’attesa è nel programma di posta: controlla ogni quanto cerca nuova posta (per esempio ogni 30 minuti), o se era chiuso.',
        'Sul telefono, controlla che l’app di posta possa aggiornarsi in background.',
      ],
    },
    fixSpf: {
      title: 'Autorizza il server di invio nel record SPF di {{domain}}',
      steps: [
        'Apri la zona DNS di {{domain}} presso chi la gestisce.',
        'Trova il record TXT di {{record}} che inizia con “v=spf1” (deve essercene uno solo).',
        'Aggiungi {{mechanism}} prima del “~all” o “-all” finale. Se il record non c’è, crea un record TXT: {{value}}',
        'Salva, attendi che la modifica si propaghi (fino a qualche ora), poi invia un nuovo messaggio di prova.',
      ],
    },
    addSpf: {
      title: 'Crea il record SPF di {{domain}}',
      steps: [
        'Apri la zona DNS di {{domain}} presso chi la gestisce.',
        'Crea un record TXT per {{record}} con il valore: {{value}}',
        'Salva, attendi che la modifica si propaghi (fino a qualche ora), poi invia un nuovo messaggio di prova.',
      ],
    },
    askSpfValue: {
      title: 'Correggi il record SPF di {{domain}}',
      steps: [
        'Il server che ha ricevuto il messaggio non ha trovato il server di invio nel record SPF di {{domain}}.',
        'Chiedi al tuo provider di posta il valore da aggiungere all’SPF (di solito un “include:”), poi aggiungilo al record TXT di {{record}} che inizia con “v=spf1”.',
        'Salva, attendi che la modifica si propaghi, poi invia un nuovo messaggio di prova.',
      ],
    },
    fixSpfSyntax: {
      title: 'Il record SPF di {{domain}} è rotto',
      steps: [
        'Il server che ha ricevuto il messaggio non è riuscito a leggere il record SPF di {{record}} (errore permanente: un refuso, due record, o più di 10 consultazioni).',
        'Esegui la verifica di MailDoctor su {{domain}}: mostra cosa non va nel record.',
        'Correggi il record in modo che ci sia un solo TXT che inizia con “v=spf1”, poi invia un nuovo messaggio di prova.',
      ],
    },
    fixDkim: {
      title: 'Correggi la chiave DKIM di {{domain}}',
      steps: [
        'La firma DKIM non corrisponde alla chiave pubblicata in {{record}}.',
        'Nel pannello del tuo provider di posta, apri le impostazioni DKIM di {{domain}} e copia la chiave pubblica (o il CNAME) che mostra.',
        'Nella zona DNS, fai in modo che {{record}} abbia esattamente quel valore (un record TXT che inizia con “v=DKIM1”, o il CNAME indicato dal provider).',
        'Salva, attendi che la modifica si propaghi, poi invia un nuovo messaggio di prova.',
      ],
    },
    enableDkim: {
      title: 'Attiva la firma DKIM per {{domain}}',
      steps: [
        'I messaggi di {{domain}} non portano una firma DKIM, quindi il server che li riceve non può sapere se sono autentici.',
        'Nel pannello del tuo provider di posta, attiva DKIM per {{domain}}: ti darà un selettore e una chiave.',
        'Pubblica la chiave nella zona DNS in {{record}} (al posto di <selector> va il selettore del provider), come indica il provider.',
        'Quando il provider conferma di aver trovato il record, invia un nuovo messaggio di prova.',
      ],
    },
    alignDkim: {
      title: 'Firma i messaggi con il dominio {{domain}}',
      steps: [
        'La firma DKIM è valida ma appartiene a {{signer}}, non a {{domain}} (l’indirizzo nel campo Da), quindi DMARC non è superato.',
        'Nel pannello del tuo provider di posta, attiva DKIM proprio per {{domain}} e pubblica la sua chiave nel DNS.',
      ],
    },
    addDmarc: {
      title: 'Pubblica un record DMARC per {{domain}}',
      steps: [
        'Il dominio {{domain}} non ha una politica DMARC: i grandi provider (Gmail, Outlook, Yahoo) si fidano meno di questa posta.',
        'Nella zona DNS, crea un record TXT per {{record}} con il valore: v=DMARC1; p=none',
        'Quando SPF e DKIM risultano superati per qualche settimana, porta la politica a p=quarantine.',
      ],
    },
    askSenderToFixAuth: {
      title: 'Chiedi al mittente di sistemare l’autenticazione di {{domain}}',
      steps: [
        'I controlli che dimostrano che il messaggio viene davvero da {{domain}} non sono stati superati: {{checks}}.',
        'Solo il mittente (o il suo provider di posta) può rimediare: inviagli questi risultati.',
        'Nel frattempo, aggiungi il mittente ai contatti o ai mittenti attendibili, così i suoi messaggi arrivano in Posta in arrivo.',
      ],
    },
    recipientBlockedSender: {
      title: 'Il destinatario ha bloccato questo mittente',
      steps: [
        'Il filtro del destinatario ha trovato il mittente in un elenco di mittenti bloccati ({{source}}).',
        'Il destinatario toglie l’indirizzo dai mittenti bloccati (in Outlook: Impostazioni › Posta indesiderata) e lo aggiunge ai mittenti attendibili.',
      ],
    },
    recipientAdminRule: {
      title: 'Una regola dell’organizzazione del destinatario ha messo il messaggio nello spam',
      steps: [
        'Il messaggio è stato segnato come spam da una regola impostata dall’amministratore del destinatario, prima ancora del filtro antispam.',
        'L’amministratore del destinatario controlla le regole del flusso di posta (regole di trasporto) e aggiunge un’eccezione per il mittente.',
      ],
    },
    delist: {
      title: 'Il server di invio {{ip}} è in una blacklist',
      steps: [
        'Il filtro antispam ha trovato il server di invio {{ip}} in una blacklist ({{rules}}).',
        'Cerca {{ip}} sul sito della blacklist per sapere perché e come uscirne.',
        'Se il server è del tuo provider, chiedi al provider di richiedere la rimozione; se è un server tuo, elimina prima la causa (un account violato, un modulo che invia spam), poi richiedila tu.',
      ],
    },
    askPtr: {
      title: 'Il server di invio {{ip}} non ha un nome inverso corretto',
      steps: [
        'Il filtro antispam ha visto che {{ip}} non ha un nome DNS inverso (PTR): così il server sembra una connessione domestica.',
        'Chiedi a chi gestisce il server (il tuo provider, o chi ti ha assegnato l’indirizzo IP) di impostare il PTR di {{ip}} con il nome del server.',
      ],
    },
    bulkContent: {
      title: 'Il messaggio sembra posta massiva',
      steps: [
        'Il filtro ha giudicato il messaggio un invio di massa (newsletter o pubblicità).',
        'Invia le newsletter solo a chi le ha chieste, con un link di disiscrizione funzionante, tramite un servizio fatto apposta.',
        'Per la posta personale, scrivi messaggi semplici senza grandi immagini né link di tracciamento.',
      ],
    },
    content: {
      title: 'Il contenuto del messaggio sembra spam',
      steps: [
        'Il filtro ({{source}}) ha dato punti al contenuto con queste regole: {{rules}}.',
        'Evita oggetti in maiuscolo, messaggi fatti di una sola immagine e link a siti in blacklist.',
        'Invia di nuovo con una parte di testo semplice e un oggetto normale.',
      ],
    },
    filterJudgedSpam: {
      title: 'Il filtro antispam del destinatario ha giudicato il messaggio spam',
      steps: [
        'Il filtro ({{source}}, punteggio {{score}}) ha messo il messaggio nello spam, senza dire perché.',
        'Il destinatario segna il messaggio come “Non è spam” e aggiunge il mittente ai contatti o ai mittenti attendibili: il filtro impara.',
        'Se succede con molti destinatari, controlla il contenuto (solo immagini, maiuscole, tanti link) e la reputazione del mittente.',
      ],
    },
    markNotSpam: {
      title: 'Insegna al filtro del destinatario che questo mittente è gradito',
      steps: [
        'Nella cartella spam (posta indesiderata), seleziona il messaggio e scegli “Non è spam” (“Posta desiderata” in Outlook).',
        'Aggiungi il mittente ai contatti o ai mittenti attendibili.',
        'Controlla che nessuna tua regola sposti i messaggi del mittente (filtri, regole, mittenti bloccati).',
      ],
    },
  },
  roundTrip: {
    verdict:
      'Il server che l’ha ricevuto ha giudicato il tuo messaggio di prova: SPF {{spf}}, DKIM {{dkim}}, DMARC {{dmarc}}.',
    fix: 'Da sistemare per primo: {{remedy}}.',
    allGood: 'Tutti e tre i controlli sono superati.',
    noAuth: 'Il server che l’ha ricevuto non ha annotato alcun risultato di autenticazione.',
    unread: 'Non è stato possibile leggere le intestazioni del messaggio di prova.',
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
      who: 'Chi interviene',
    },
  },
}
