/** Testi dell'albero decisionale: domande, risposte, motivi di una scelta, rimedi (italiano). */
export default {
  nodes: {
    problem: {
      title: 'Che cosa succede?',
      lead: 'Scegli la situazione più simile alla tua.',
      answers: {
        cannotSend: {
          label: 'Non riesco a inviare email',
          hint: 'I messaggi restano in «Posta in uscita», oppure il programma mostra un errore quando invii.',
        },
        cannotReceive: {
          label: 'Non ricevo email',
          hint: 'Mi dicono di avermi scritto, ma non arriva nulla.',
        },
        bounce: {
          label: 'Un mio messaggio è tornato indietro con un errore',
          hint: 'Ho ricevuto un avviso che il messaggio non è stato consegnato, magari con un codice come 550.',
        },
        webmail: {
          label: 'Non riesco ad accedere alla webmail',
          hint: 'La pagina web della casella rifiuta la password oppure non si apre.',
        },
        late: {
          label: 'La mia posta arriva in ritardo',
          hint: 'I messaggi, inviati o ricevuti, impiegano minuti o ore ad arrivare.',
        },
        spam: {
          label: 'La mia posta finisce nello spam',
          hint: 'I messaggi finiscono nella cartella spam o posta indesiderata invece che in «Posta in arrivo».',
        },
      },
    },
    offer: {
      title: 'Quale servizio di posta usi?',
      lead: 'Lo trovi sulla fattura o nell’email di benvenuto del tuo fornitore.',
      answers: {
        'ovh-mxplan': {
          label: 'OVHcloud MX Plan',
          hint: 'La posta inclusa in un piano di hosting web OVHcloud.',
        },
        'ovh-emailpro': {
          label: 'OVHcloud Email Pro',
          hint: 'Caselle professionali acquistate a parte da OVHcloud.',
        },
        'ovh-exchange': {
          label: 'OVHcloud Exchange',
          hint: 'Caselle Microsoft Exchange ospitate da OVHcloud.',
        },
        microsoft365: {
          label: 'Microsoft 365',
          hint: 'La posta Outlook di un abbonamento Microsoft 365 aziendale.',
        },
        'google-workspace': { label: 'Google Workspace', hint: 'Gmail con il tuo dominio.' },
        other: { label: 'Un altro fornitore', hint: 'Qualsiasi altra azienda che gestisce la tua casella.' },
        unknown: { label: 'Non lo so', hint: 'Lo scopriamo noi dal nome del tuo dominio.' },
      },
    },
    'provider-confirm': {
      title: 'Sembra che la tua posta sia gestita da {{provider}}: è così?',
      label: 'Il fornitore trovato è quello giusto?',
      lead: 'Da questo dipendono le impostazioni, i collegamenti e le prossime domande.',
      answers: {
        yes: { label: 'Sì, è così', hint: 'La mia posta è gestita da {{provider}}.' },
        no: { label: 'No, è un altro', hint: 'Scelgo il mio fornitore da un elenco.' },
        unsure: { label: 'Non lo so', hint: 'Andiamo avanti con quello che dice il tuo dominio.' },
      },
    },
    'provider-found': {
      title: 'Che cosa dice il tuo dominio sul fornitore',
      label: 'Che cosa dice il dominio sul fornitore',
      lead: 'Dai dati del tuo dominio, la tua posta risulta gestita da {{provider}}.',
      leadNone:
        'Dai dati del tuo dominio non capiamo chi gestisce la tua posta. Andiamo avanti con consigli validi per ogni fornitore.',
      answers: { continue: { label: 'Continua', hint: 'Alla prossima domanda.' } },
    },
    'pec-active': {
      title: 'La tua casella PEC è attiva e rinnovata?',
      lead: 'La casella PEC si paga ogni anno. Se scade, o il rinnovo non è pagato, non invia e non riceve più.',
      answers: {
        yes: { label: 'Sì, è attiva', hint: 'Ho controllato: non è scaduta e il rinnovo è pagato.' },
        no: {
          label: 'No, è scaduta o il rinnovo non è pagato',
          hint: 'Ho visto un avviso di scadenza o un rinnovo da pagare.',
        },
        unsure: { label: 'Non so come controllare', hint: 'Mostrami dove guardare.' },
      },
    },
    target: {
      title: 'Di quale indirizzo email o dominio si tratta?',
      lead: 'Scrivi il tuo indirizzo email, o solo la parte dopo la @. Le verifiche partono subito, mentre rispondi alle altre domande.',
    },
    'offer-active': {
      title: 'Il tuo servizio di posta è pagato e attivo?',
      lead: 'Una casella si ferma se il servizio di posta è scaduto. Succede anche se è scaduto il sito a cui è legata, o se c’è una fattura da pagare.',
      answers: {
        yes: {
          label: 'Sì, è tutto attivo',
          hint: 'Ho controllato: nessun servizio scaduto e nessuna fattura da pagare.',
        },
        no: {
          label: 'No, qualcosa è scaduto o non è pagato',
          hint: 'Ho visto un avviso di scadenza o una fattura da pagare.',
        },
        unsure: { label: 'Non so come controllare', hint: 'Mostrami dove guardare.' },
      },
      help: {
        'ovh-mxplan':
          'Nello Spazio Cliente OVHcloud apri Web Cloud, poi Email. Scegli il dominio e apri la scheda Account email. La colonna Stato dice se ogni indirizzo è attivo. Il sito legato è in Web Cloud, Hosting.',
        'ovh-emailpro':
          'Nello Spazio Cliente OVHcloud apri Web Cloud, poi Email Pro. Scegli la piattaforma e apri la scheda Account email. La colonna Stato dice se ogni indirizzo è attivo.',
        'ovh-exchange':
          'Nello Spazio Cliente OVHcloud apri Web Cloud, poi Microsoft, poi Exchange. Scegli la piattaforma e apri la scheda Account email. La colonna Stato dice se ogni account è attivo.',
        microsoft365:
          'Nell’interfaccia di amministrazione di Microsoft 365 guarda in Fatturazione gli abbonamenti e in Utenti lo stato di ogni casella.',
        'google-workspace':
          'Nella Console di amministrazione Google guarda in Fatturazione l’abbonamento e in Utenti lo stato di ogni account.',
        other:
          'Cerca nel pannello di controllo del tuo fornitore lo stato del servizio email e delle fatture.',
        unknown:
          'Guarda nel pannello di controllo dell’azienda a cui paghi la posta, tra servizi, rinnovi e fatture.',
      },
    },
    'webmail-works': {
      title: 'Funziona dalla webmail?',
      lead: 'Apri la tua casella nel browser: è la webmail. Prova a mandare un messaggio a te stesso. Così capiamo se il guaio è nel programma di posta o nel servizio.',
      answers: {
        yes: { label: 'Sì, la webmail funziona', hint: 'Nel browser invio e ricevo senza problemi.' },
        no: {
          label: 'No, anche la webmail ha lo stesso problema',
          hint: 'Non funziona nemmeno nel browser.',
        },
        unsure: { label: 'Non ho provato', hint: 'Mostrami come fare.' },
      },
    },
    'webmail-problem': {
      title: 'Che cosa succede quando provi ad accedere?',
      lead: 'Scegli quello che vedi sulla pagina della webmail.',
      answers: {
        password: {
          label: 'Dice che la password è sbagliata',
          hint: 'Oppure che nome utente o password non sono riconosciuti.',
        },
        locked: {
          label: 'Dice che l’account è bloccato',
          hint: 'Dopo vari tentativi, o per una regola di sicurezza.',
        },
        twoFactor: { label: 'Chiede un codice che non ho', hint: 'La verifica in due passaggi (Exchange).' },
        noPage: {
          label: 'La pagina non si apre proprio',
          hint: 'Una pagina di errore, oppure continua a caricare.',
        },
      },
    },
    incident: {
      title: 'Il tuo fornitore ha un incidente o una manutenzione in corso?',
      lead: 'A volte il problema non dipende da te. Il fornitore sta riparando o aggiornando i suoi server. Lo dice la sua pagina di stato.',
      answers: {
        yes: {
          label: 'Sì, c’è un incidente o una manutenzione',
          hint: 'Per il mio servizio, adesso.',
        },
        no: { label: 'No, non c’è nulla di annunciato', hint: 'Oppure non riguarda la posta.' },
      },
      help: {
        'ovh-mxplan': 'Sulla pagina di stato Web Cloud di OVHcloud guarda la sezione Email.',
        'ovh-emailpro': 'Sulla pagina di stato Web Cloud di OVHcloud guarda la sezione Microsoft.',
        'ovh-exchange': 'Sulla pagina di stato Web Cloud di OVHcloud guarda la sezione Microsoft.',
        microsoft365:
          'Nell’interfaccia di amministrazione di Microsoft 365 apri Integrità, poi Integrità del servizio.',
        'google-workspace': 'Guarda la Dashboard dello stato di Google Workspace, alla voce Gmail.',
        other: 'Guarda la pagina di stato o gli avvisi del tuo fornitore.',
        unknown: 'Guarda la pagina di stato dell’azienda a cui paghi la posta.',
      },
    },
    'send-symptom': {
      title: 'Che cosa dice il programma di posta quando invii?',
      lead: 'Quello che mostra il programma ci dice dove guardare per primo.',
      answers: {
        error: {
          label: 'Mostra un messaggio di errore',
          hint: 'Una finestra o un avviso con un errore, magari con un codice come 535 o 550.',
        },
        password: {
          label: 'Continua a chiedermi la password',
          hint: 'Chiede la password più volte, o dice che è sbagliata.',
        },
        nothing: {
          label: 'Niente: il messaggio resta in «Posta in uscita»',
          hint: 'Nessun errore, ma il messaggio non parte mai, oppure non lo so.',
        },
      },
    },
    'send-error-input': {
      title: 'Che cosa dice l’errore?',
      lead: 'Copia l’errore del programma di posta e incollalo qui. Oppure scrivi solo il codice, come 535. Il testo resta su questo computer.',
      label: 'Il messaggio di errore o il suo codice',
      placeholder: '535 5.7.8 Authentication credentials invalid',
      hint: 'Suggerimento: molti programmi permettono di selezionare il testo dell’errore; altrimenti scrivi i numeri che vedi.',
      empty: 'Incolla l’errore o scrivi il suo codice.',
      failed: 'Non siamo riusciti a leggere questo testo. Prova a scrivere solo il codice, per esempio 535.',
      reading: 'Lettura…',
    },
    programs: {
      title: 'Possiamo guardare le impostazioni del tuo programma di posta?',
      lead: 'Le leggiamo senza cambiare nulla. Le password non le leggiamo mai.',
      yes: 'Sì, guarda',
      no: 'No, fammi le domande',
      reading: 'Leggiamo le impostazioni del programma di posta…',
      found: 'Che cosa abbiamo trovato su questo computer',
      none: 'Non abbiamo trovato programmi di posta con impostazioni leggibili. Ti faremo invece qualche domanda.',
      failed: 'Non siamo riusciti a leggere le impostazioni. Ti faremo invece qualche domanda.',
      next: 'Continua',
      allRight: 'Queste impostazioni sono giuste.',
      unknown: 'Non conosciamo le impostazioni giuste per questo indirizzo.',
      fixesTitle: 'Che cosa cambiare',
    },
    'login-test': {
      title: 'Proviamo il tuo indirizzo e la tua password',
      lead: 'Entriamo nel server della posta in uscita del fornitore, come fa il programma di posta. Così capiamo se il guaio è l’account o il programma.',
      next: 'Continua',
      skip: 'Salta questa prova',
    },
    'bounce-input': {
      title: 'Che cosa dice il messaggio di errore?',
      lead: 'Incolla tutto il messaggio tornato indietro. Oppure solo il codice, come 550, o la riga con il codice. Il testo resta su questo computer.',
      label: 'Il messaggio tornato, il suo codice o la riga di errore',
      placeholder: '550 5.1.1 <mario@esempio.it>: Recipient address rejected',
      hint: 'Suggerimento: apri il messaggio tornato, seleziona tutto (Ctrl+A), copia e incolla qui.',
      empty: 'Incolla il messaggio, il suo codice o la riga di errore.',
      failed:
        'Non siamo riusciti a leggere questo testo. Prova a incollare solo la riga con il codice di errore.',
      reading: 'Lettura…',
    },
    'headers-role': {
      title: 'Di quali messaggi si tratta?',
      lead: 'Le intestazioni di un messaggio dicono dove ha perso tempo. O perché è finito nello spam.',
      answers: {
        sender: {
          label: 'Messaggi che invio io',
          hint: 'Chiedi a chi l’ha ricevuto di mandarti le intestazioni del tuo messaggio.',
        },
        recipient: {
          label: 'Messaggi che ricevo',
          hint: 'Puoi copiare tu stesso le intestazioni del messaggio.',
        },
      },
    },
    'headers-input': {
      title: 'Incolla le intestazioni del messaggio',
      lead: 'MailDoctor le legge su questo computer, senza inviarle da nessuna parte.',
    },
    'mailbox-look': {
      title: 'Guardiamo dentro la tua casella',
      lead: 'Accediamo alla tua casella e guardiamo quanto è piena e quali cartelle ha. Non cambiamo e non cancelliamo niente.',
      next: 'Continua',
      skip: 'Salta questo passo',
    },
  },
  routes: {
    'mailbox-route': 'Cosa abbiamo visto nella tua casella (con il tuo consenso)',
    'headers-by-role': 'Di chi sono i messaggi che finiscono nello spam',
    'programs-route': 'Le impostazioni del programma di posta (lette con il tuo consenso)',
    'after-programs': 'Quale problema è stato scelto',
    registration: 'Registrazione del dominio (verificata in automatico)',
    'provider-check': 'Chi gestisce la posta (verificato in automatico)',
    'services-check': 'Che tipo di servizio di posta è',
    'by-problem': 'Quale problema è stato scelto',
    'mx-check': 'Dove arriva la posta e i dati per Outlook (verificati in automatico)',
    'send-check': 'Server della posta in uscita (verificati in automatico)',
    'receive-check': 'Server della posta in arrivo (verificati in automatico)',
    'receive-evidence': 'Dove il dominio manda la posta (verificato in automatico)',
    'send-error-route': 'L’errore mostrato dal programma di posta',
    'login-route': 'La prova di accesso',
    'after-incident': 'Quale problema è stato scelto',
    'webmail-check': 'Il servizio di posta (verificato in automatico)',
    'bounce-route': 'Il codice del messaggio tornato indietro',
    'blocklist-check': 'Blacklist (verificate in automatico)',
    'recipient-check': 'Il dominio del destinatario (verificato in automatico)',
    'headers-topic': 'Cosa dicono le intestazioni',
  },
  because: {
    mailboxLoginRefused:
      'Abbiamo verificato: il server della tua casella ha rifiutato questo indirizzo e questa password.',
    mailboxFull:
      'Abbiamo guardato nella tua casella: contiene {{used}} {{unit}} su {{limit}} {{unit}} ({{percent}}%).',
    foundInSpam:
      'Abbiamo guardato nella tua casella: «{{subject}}» è nella cartella «{{folder}}», quella dello spam.',
    foundInFolder:
      'Abbiamo guardato nella tua casella: «{{subject}}» è nella cartella «{{folder}}», non in «Posta in arrivo».',
    programWrong:
      'Abbiamo letto le impostazioni del programma di posta: un campo non è quello che serve al tuo fornitore.',
    offline:
      'Non siamo riusciti a verificare nulla: i server dei nomi non hanno risposto e il registro dei domini non era raggiungibile.',
    sendingTimedOut:
      'Abbiamo provato a raggiungere il server della posta in uscita del tuo fornitore e non abbiamo avuto alcuna risposta, su nessuna porta.',
    domainMissing: 'Abbiamo verificato: il dominio {{domain}} non esiste.',
    loginRefused:
      'Abbiamo verificato: il server del tuo fornitore ha rifiutato questo indirizzo con questa password.',
    loginModernSignIn:
      'Abbiamo verificato: {{provider}} non accetta più la password della casella dai programmi di posta. La tua password può essere giusta.',
    loginAppPassword:
      'Abbiamo verificato: {{provider}} chiede per questo indirizzo una password per le app, non la tua password solita.',
    loginWorks:
      'Abbiamo verificato: indirizzo e password funzionano sul server della posta in uscita. Quindi l’account è a posto. Forse il guaio è nelle impostazioni del programma di posta.',
    relayDenied: 'Il messaggio dice che il server vuole che tu acceda prima di inviare.',
    recipientRefusedNoCheck:
      'Il messaggio tornato indietro dice che l’indirizzo del destinatario è stato rifiutato.',
    serviceUp: 'Abbiamo verificato: i server di posta di {{domain}} rispondono, quindi il servizio funziona.',
    mxAnswering: 'Abbiamo verificato: i server che ricevono la posta di {{domain}} rispondono normalmente.',
    domainExpired: 'Abbiamo verificato: la registrazione del tuo dominio è scaduta o sospesa.',
    mxMissing: 'Abbiamo verificato: {{domain}} non indica quale server riceve la sua posta.',
    mxWrong:
      'Abbiamo verificato: i server dove {{domain}} manda la posta non sono quelli che usa {{provider}}.',
    srvWrong:
      'Abbiamo verificato: manca o è sbagliato il dato che fa configurare Outlook da solo per Exchange.',
    submissionUnreachable:
      'Abbiamo verificato: il server della posta in uscita (SMTP) del fornitore non ha accettato la connessione su nessuna delle due porte di invio.',
    mxHostsBroken:
      'Abbiamo verificato: i server che il tuo dominio indica per la posta in arrivo non si trovano.',
    mxNotAnswering: 'Abbiamo verificato: i server che dovrebbero ricevere la tua posta non hanno risposto.',
    notAnError: 'Il codice dice che il messaggio è stato accettato o è in lavorazione: non è un errore.',
    modernSignIn:
      'Il messaggio dice che il tuo fornitore non accetta più la password della casella dai programmi di posta.',
    ownProgramWindow:
      'Queste parole vengono dal tuo programma di posta e parlano del suo server, non di un destinatario: verifichiamo quel server.',
    authFailed: 'Il codice dice che il server ha rifiutato il tuo accesso.',
    limits:
      'Il codice dice che il server ha rifiutato mittente o destinatario, spesso perché è stato superato un limite di invio.',
    maybeBlocklisted: 'Questo codice riguarda spesso una blacklist, quindi abbiamo verificato le blacklist.',
    blocklistsClean:
      'Abbiamo verificato le blacklist: nessuna di quelle interpellate elenca i tuoi server di posta, quindi la causa è quella spiegata qui sotto.',
    blocklistsUnchecked:
      'Questo codice riguarda spesso una blacklist, ma nessuna blacklist ha risposto alla verifica: non possiamo dire se i tuoi server di posta sono elencati.',
    ordinaryToPec: 'Il server dice che l’indirizzo è una casella PEC che accetta solo posta certificata.',
    tooManyLogins:
      'Il server dice di aver sospeso gli accessi dopo troppi tentativi: prima di tutto bisogna aspettare.',
    openResolver:
      'Le parole del server dicono che è fallito il suo controllo delle blacklist, non che tu sia in una lista.',
    onlyAllowedSenders:
      'Il server dice che l’indirizzo accetta posta solo dalla sua organizzazione o da mittenti ammessi.',
    recipientRefused:
      'Il codice dice che il server del destinatario ha rifiutato l’indirizzo, quindi abbiamo verificato il dominio del destinatario.',
    recipientFull: 'Il server scrive che la casella del destinatario è piena.',
    notABounce:
      'Quello che hai incollato non è un errore: è una ricevuta, una risposta automatica o una segnalazione su un messaggio.',
    tooBig: 'Il server scrive che il messaggio è più grande di quanto accetta.',
    virusNotice:
      'Quello che hai incollato è l’avviso di un antivirus su un messaggio, non un messaggio tornato indietro.',
    senderChecks:
      'Il server scrive che i controlli sul mittente del tuo dominio (SPF, DKIM, DMARC) non sono passati: aspettare non basta.',
    ownMailboxFull: 'Il messaggio dice che è piena la tua casella, non quella del destinatario.',
    mailLoop: 'Il messaggio dice che ha girato in tondo tra i server: aspettare non basta.',
    abandonedMailbox:
      'Il server dice che la casella del destinatario è piena e non viene più usata: nessuno farà spazio.',
    spamContent: 'Il server scrive che il suo filtro ha preso il messaggio per spam.',
    stillTrying:
      'Il messaggio dice che la consegna non è ancora riuscita e che il server continua a provare.',
    refusedInWords: 'Il messaggio dice a parole, senza un codice, che è stato rifiutato.',
    temporary: 'Il codice dice che il problema è temporaneo.',
    causePasses: 'La causa indicata nel messaggio di solito passa da sola.',
    permanent: 'Il codice dice che il server ha rifiutato il messaggio in modo definitivo.',
    listed: 'Abbiamo verificato: un indirizzo dei tuoi server di posta è in una blacklist.',
    recipientDomain: 'Abbiamo verificato: il dominio del destinatario non può ricevere posta.',
    loginWorksIncoming:
      'Abbiamo verificato: indirizzo e password funzionano sul server della posta in arrivo. Quindi l’account è a posto. Il guaio è forse nelle impostazioni del programma di posta.',
    roundTripArrived:
      'Abbiamo verificato: il messaggio di prova è partito ed è arrivato nella tua casella. Quindi account e server funzionano. Il guaio è forse nelle impostazioni del programma di posta.',
    roundTripNotReceived:
      'Abbiamo verificato: il messaggio di prova è partito, ma non è arrivato nella tua casella. Così abbiamo verificato i server che ricevono la tua posta.',
    greylisted:
      'Le parole del server dicono che rifiuta apposta il primo tentativo (greylisting). Il server che invia riprova da solo.',
    headersSpamNotLate:
      'Abbiamo letto le intestazioni: i server non hanno trattenuto il messaggio, ma un filtro l’ha messo fra la posta indesiderata ({{filter}}).',
    headersOutbox:
      'Abbiamo letto le intestazioni: il messaggio ha aspettato {{before}} prima di lasciare il mittente.',
    headersDelayed:
      'Abbiamo letto le intestazioni: l’attesa più lunga, {{wait}}, è stata prima che {{server}} prendesse il messaggio.',
    headersNoDelay: 'Abbiamo letto le intestazioni: i server hanno consegnato il messaggio in {{total}}.',
    headersAuthFailed:
      'Abbiamo letto le intestazioni: il server che riceve non ha potuto confermare chi ha inviato il messaggio.',
    headersJudgedSpam:
      'Abbiamo letto le intestazioni: un filtro ha giudicato il messaggio come posta indesiderata ({{filter}}).',
    headersNothingWrong:
      'Abbiamo letto le intestazioni: le verifiche del server che riceve sono passate e nessun filtro l’ha giudicato posta indesiderata.',
  },
  target: {
    normalised: 'Usiamo {{domain}}, la parte di quello che hai scritto che riguarda la posta.',
    didYouMean: 'Forse intendevi {{domain}}?',
    useSuggestion: 'Usa {{domain}}',
    correct: 'Correggi l’indirizzo',
  },
  recheck: {
    button: 'Verifica di nuovo',
  },
  dnsValues: {
    label: 'I record da cambiare',
    add: 'Aggiungi:',
    remove: 'Togli:',
    change: 'Cambia la priorità (ora {{from}}) in:',
    copy: 'Copia',
    copyNamed: 'Copia {{value}}',
    copied: 'Copiato.',
    copyFailed: 'Non è stato possibile copiare: seleziona il valore e copialo a mano.',
    ask: 'Non conosciamo i valori del tuo fornitore. Chiedigli i record dei server di posta (MX) del tuo dominio, poi rimuovi quelli qui sotto che non ti dà.',
    askNone:
      'Non conosciamo i valori del tuo fornitore. Chiedigli i record dei server di posta (MX) del tuo dominio, e aggiungili.',
    publishedLabel: 'I record che il tuo dominio ha ora',
  },
  evidence: {
    mxElsewhere:
      'Abbiamo verificato: la posta del tuo dominio arriva a {{found}}, non a {{named}}. Se la tua posta è su {{found}}, il programma ha bisogno delle sue impostazioni.',
    mxNotNamed:
      'Abbiamo verificato: la posta del tuo dominio non arriva a {{named}}. Potrebbe gestirla un altro fornitore.',
    clientSettingsLogin:
      'Indirizzo e password funzionano sul server del tuo fornitore: la causa probabile è un’impostazione sbagliata del programma di posta.',
    clientSettingsLead: 'La causa probabile è un’impostazione sbagliata del programma di posta.',
    loginWorksHere: 'Abbiamo verificato: indirizzo e password funzionano sul server del tuo fornitore.',
    accountStateLead:
      'La causa può essere l’account stesso: password sbagliata, blocco per spam o sospensione.',
    accountRefusedLead: 'Il server non accetta questo indirizzo con questa password.',
    sendingAnswers:
      'Abbiamo verificato: il server della posta in uscita (SMTP) del tuo fornitore ha risposto su una porta.',
    registrationActive: 'Abbiamo verificato: la registrazione del tuo dominio è attiva.',
    domainAnswers: 'Abbiamo verificato: il dominio {{domain}} esiste e indica i suoi server di posta.',
    notListed:
      'Abbiamo verificato: i tuoi server di posta non sono negli elenchi di server segnalati per spam che abbiamo consultato.',
  },
  login: {
    title: 'Prova il tuo accesso',
    lead: 'Scrivi indirizzo e password. Li proviamo sui server del fornitore, come fa il programma di posta. La password viaggia solo su una connessione cifrata e sicura. Non la salviamo mai.',
    address: 'Il tuo indirizzo email',
    password: 'La password della tua email',
    passwordHint:
      'Usata una volta per questa prova e dimenticata quando lasci questa pagina. Mai salvata, mai nel riepilogo.',
    testOutgoing: 'Prova l’invio (SMTP)',
    testIncoming: 'Prova la ricezione (IMAP o POP3)',
    testing: 'Prova in corso…',
    consent:
      'Accetto che MailDoctor invii un breve messaggio di prova dal mio indirizzo al mio indirizzo, poi lo cerchi nella mia casella e lo cancelli.',
    roundTrip: 'Mandami un messaggio di prova',
    roundTripRunning: 'Invio in corso e attesa dell’arrivo (fino a due minuti)…',
    consentNeeded: 'Spunta prima la casella: la prova invia un messaggio vero al tuo indirizzo.',
    missing: 'Scrivi l’indirizzo email completo e la password.',
    results: 'Risultati della prova',
  },
  envelope: {
    title: 'Chiedi al server del destinatario di questo indirizzo (facoltativo)',
    lead: 'Ci colleghiamo al server di posta di chi riceve. Gli chiediamo se accetta questo indirizzo, senza inviare nulla. La risposta mostra se l’indirizzo esiste. Alcune linee di casa bloccano questa prova.',
    recipient: 'L’indirizzo del destinatario',
    run: 'Chiedi al server',
    badAddress: 'Scrivi l’indirizzo completo del destinatario, come anna@esempio.it.',
    noServer: 'Il dominio del destinatario non ha un server di posta, quindi lì nessuno può ricevere email.',
    results: 'Cosa ha risposto il server del destinatario',
  },
  provider: {
    howWeKnow: 'Come lo sappiamo',
    basis: {
      address: 'Il tuo indirizzo finisce con @{{domain}}: sono caselle di {{provider}}.',
      mx: 'Abbiamo visto che i server di posta del tuo dominio sono {{hosts}}.',
      settings: 'Le impostazioni di posta pubblicate per {{domain}} indicano {{provider}}.',
    },
  },
  ui: {
    solvedQuestion: 'Il problema è risolto?',
    solvedYes: 'Sì, ora funziona',
    solvedNo: 'No, non funziona ancora',
    solvedTitle: 'Bene, funziona di nuovo',
    solvedLead: 'Puoi chiudere MailDoctor, oppure ricominciare per un altro problema.',
    handoffTitle: 'È il momento di chiedere aiuto',
    handoffLead:
      'Non siamo riusciti a trovare la causa. Il supporto del tuo fornitore può farlo: il riepilogo qui sotto contiene tutto quello che abbiamo verificato. Così non dovrai spiegarlo di nuovo.',
    handoffLeadNoChecks:
      'Non siamo riusciti a trovare la causa. Il supporto del tuo fornitore può farlo: digli il tuo indirizzo e che cosa non funziona.',
    handoffHowTo: 'Come mandarlo',
    handoffSteps: [
      'Scegli «{{copy}}» qui sotto.',
      'Apri la pagina di assistenza del fornitore, o scrivi al suo indirizzo. Incolla il riepilogo nella richiesta, oppure allega il file che hai salvato.',
      'Aggiungi una frase su che cosa stavi cercando di fare.',
    ],
    handoffWhere: 'Chiedi al supporto di {{provider}}, dal suo pannello di controllo:',
    handoffWhereUnknown: 'Sul sito del tuo fornitore cerca la pagina dell’assistenza o dei contatti.',
    why: 'Perché, e che cosa abbiamo verificato',
    yourProvider: 'il tuo servizio email',
    handoffPreview: 'Leggi il riepilogo prima di mandarlo',
    handoffCopy: 'Copia il riepilogo',
    handoffSave: 'Salva il riepilogo in un file',
    steps: 'Cosa fare',
    waiting: 'Stiamo verificando… bastano pochi secondi.',
    waitingFor: 'In attesa di: {{checks}}',
    weChecked: 'Cosa abbiamo trovato',
    openLink: 'Apri {{host}} nel browser',
    helpWhereToLook: 'Dove guardare',
    detectedOffer: 'Abbiamo riconosciuto il tuo servizio di posta dal dominio: {{offer}}.',
    settingsUnknown:
      'Non conosciamo le impostazioni di questo fornitore. Le trovi nelle sue pagine di aiuto: cerca la posta in arrivo (IMAP o POP) e in uscita (SMTP).',
    settingsTitle: 'Impostazioni per il programma di posta',
    incoming: 'Posta in arrivo',
    outgoing: 'Posta in uscita',
    server: 'Server',
    port: 'Porta',
    security: 'Sicurezza',
    userName: 'Nome utente',
    userNameValue: 'il tuo indirizzo email completo',
    ssl: 'SSL/TLS',
    starttls: 'STARTTLS',
  },
  mailboxLook: {
    expecting: 'Aspetti un messaggio in particolare? Scrivi il mittente o l’oggetto',
    expectingHint:
      'Facoltativo. Per esempio il nome di chi scrive o una parola dell’oggetto. Lo cerchiamo in tutte le cartelle.',
    consent:
      'Accetto che MailDoctor guardi dentro la mia casella. Legge soltanto: non cambia, non sposta e non cancella niente.',
    run: 'Guarda nella mia casella',
    running: 'Sto guardando…',
    consentNeeded: 'Prima spunta la voce del consenso: per guardare accediamo alla tua casella.',
    results: 'Cosa abbiamo visto nella tua casella',
  },
}
