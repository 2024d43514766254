/** Testi di codici di risposta, codici estesi, riconoscitori del testo del server, formati di bounce e rimedi (italiano). */
export default {
  classes: {
    connection: {
      title: 'Il programma di posta non è riuscito a raggiungere il server',
      meaning:
        'I server di posta non inviano codici che iniziano con 1. Li usano i programmi di posta per dire che la connessione non è riuscita.',
      causes: [
        'Il nome del server o la porta nel programma di posta sono sbagliati.',
        'Un firewall, un antivirus o la rete bloccano la connessione.',
      ],
      retry: 'Riprova dopo aver corretto le impostazioni o la rete.',
    },
    success: {
      title: 'Tutto a posto',
      meaning: 'I codici che iniziano con 2 vogliono dire che il server ha fatto quanto richiesto.',
      causes: ['Nessun problema: è una risposta normale.'],
      retry: 'Non serve riprovare.',
    },
    intermediate: {
      title: 'Il server aspetta il passo successivo',
      meaning:
        'I codici che iniziano con 3 vogliono dire che il server ha accettato il passo e aspetta il resto.',
      causes: ['Nessun problema: il dialogo tra i server è in corso.'],
      retry: 'Non serve riprovare.',
    },
    transient: {
      title: 'Un problema temporaneo',
      meaning:
        'I codici che iniziano con 4 vogliono dire che il messaggio per ora non è stato accettato, ma il problema dovrebbe passare.',
      causes: ['Il server che riceve è occupato, limita il flusso di posta o sta verificando il mittente.'],
      retry: 'Riprova più tardi; di solito lo fa da solo il server che invia.',
    },
    permanent: {
      title: 'Un rifiuto definitivo',
      meaning:
        'I codici che iniziano con 5 vogliono dire che il messaggio è stato rifiutato. Se lo invii di nuovo così com’è, verrà rifiutato ancora.',
      causes: ['Prima deve cambiare qualcosa nell’indirizzo, nel messaggio o nel mittente.'],
      retry: 'Non riprovare così com’è; prima cambia ciò che l’errore indica.',
    },
  },
  codes: {
    c101: {
      title: 'Impossibile connettersi al server',
      meaning:
        'Il programma di posta non è riuscito ad aprire una connessione con il server di posta in uscita.',
      causes: [
        'Il nome del server o la porta sono sbagliati.',
        'Un firewall o un antivirus bloccano la connessione.',
      ],
      retry: 'Riprova dopo aver corretto nome del server, porta o rete.',
    },
    c111: {
      title: 'Connessione rifiutata',
      meaning: 'Il server, o qualcosa lungo la strada, ha rifiutato la connessione del programma di posta.',
      causes: [
        'Un firewall o un antivirus troppo restrittivi.',
        'Il dominio o il nome del server sono scritti male.',
        'La tua rete blocca la porta della posta.',
      ],
      retry: 'Riprova dopo aver controllato le impostazioni.',
    },
    c211: {
      title: 'Stato del server',
      meaning: 'Il server comunica il suo stato o risponde a una richiesta di aiuto. È solo un’informazione.',
      causes: ['Qualcuno o qualcosa ha chiesto al server il suo stato.'],
      retry: 'Non serve riprovare.',
    },
    c214: {
      title: 'Messaggio di aiuto',
      meaning: 'Il server risponde a una richiesta HELP, spesso con il link alla sua pagina di aiuto.',
      causes: ['Al server è stato inviato un comando HELP.'],
      retry: 'Non serve riprovare.',
    },
    c220: {
      title: 'Server pronto',
      meaning: 'La connessione è riuscita e il server è pronto a ricevere posta.',
      causes: ['È il saluto normale all’inizio di una connessione.'],
      retry: 'Non serve riprovare.',
    },
    c221: {
      title: 'Il server chiude la connessione',
      meaning: 'Il server termina il dialogo dopo aver gestito tutte le richieste.',
      causes: ['È il normale congedo alla fine di una connessione.'],
      retry: 'Non serve riprovare.',
    },
    c250: {
      title: 'Fatto',
      meaning:
        'Il server ha accettato la richiesta. Dopo l’invio del testo, vuol dire che il messaggio è stato accettato.',
      causes: ['Tutto è andato bene.'],
      retry: 'Non serve riprovare.',
    },
    c251: {
      title: 'Accettato e inoltrato',
      meaning: 'Il destinatario non è su questo server, ma il server passerà il messaggio a quello giusto.',
      causes: ['L’indirizzo inoltra la posta a un altro server.'],
      retry: 'Non serve riprovare.',
    },
    c252: {
      title: 'Indirizzo non verificabile, consegna tentata comunque',
      meaning:
        'Il server non può confermare che l’indirizzo esista, ma accetta il messaggio e proverà a consegnarlo.',
      causes: ['Molti server non confermano gli indirizzi, per evitare che qualcuno li indovini.'],
      retry: 'Non serve riprovare.',
    },
    c354: {
      title: 'Pronto a ricevere il messaggio',
      meaning: 'Il server conosce mittente e destinatario e aspetta il testo del messaggio.',
      causes: ['È un passo normale dell’invio.'],
      retry: 'Non serve riprovare.',
    },
    c420: {
      title: 'Tempo scaduto durante la connessione (GroupWise)',
      meaning: 'Il server GroupWise che riceve ha smesso di aspettare durante la connessione.',
      causes: ['Un problema di rete o di carico dal lato di chi riceve.'],
      retry: 'Riprova più tardi.',
    },
    c421: {
      title: 'Servizio non disponibile in questo momento',
      meaning: 'Il server chiude la connessione perché al momento non può servirti.',
      causes: ['Il server è sovraccarico o in manutenzione.', 'Troppe connessioni nello stesso momento.'],
      retry: 'Riprova più tardi; di solito si risolve da solo.',
    },
    c422: {
      title: 'La casella del destinatario è piena',
      meaning: 'La casella del destinatario al momento non ha spazio per nuovi messaggi.',
      causes: ['Il destinatario non ha svuotato la sua casella.'],
      retry: 'Riprova dopo che il destinatario ha fatto spazio.',
    },
    c431: {
      title: 'Il server che riceve ha esaurito lo spazio',
      meaning:
        'Il server che riceve è a corto di disco o memoria, oppure il messaggio per ora è troppo grande per lui.',
      causes: [
        'Troppi messaggi inviati allo stesso dominio in una volta.',
        'Il server che riceve è a corto di spazio.',
      ],
      retry: 'Riprova più tardi, a gruppi più piccoli.',
    },
    c432: {
      title: 'Serve cambiare la password, o posta in arrivo sospesa (Exchange)',
      meaning:
        'Secondo lo standard, il server chiede all’account di cambiare la password prima di accedere. I server Microsoft Exchange lo usano anche per dire che la loro coda di posta in arrivo è ferma.',
      causes: [
        'L’account deve impostare una nuova password.',
        'Su Exchange: il server del destinatario ha sospeso la posta in arrivo.',
      ],
      retry: 'Riprova dopo il cambio di password, o più tardi nel caso di Exchange.',
    },
    c441: {
      title: 'Il server che riceve non risponde',
      meaning: 'Il server che riceve non ha dato risposta.',
      causes: ['Il server che riceve è spento o irraggiungibile.'],
      retry: 'Riprova più tardi; di solito avviene da solo.',
    },
    c442: {
      title: 'Connessione interrotta durante l’invio',
      meaning: 'La connessione si è interrotta a metà dell’invio del messaggio.',
      causes: ['Un problema di rete, spesso dal tuo lato (router, Wi‑Fi).'],
      retry: 'Riprova quando la connessione è stabile.',
    },
    c446: {
      title: 'La posta gira in tondo tra i server',
      meaning: 'Il messaggio ha girato in tondo tra i server ed è stato fermato.',
      causes: ['Un inoltro o il server indicato per il dominio fanno tornare la posta al punto di partenza.'],
      retry: 'Riprova dopo che il giro è stato corretto.',
    },
    c447: {
      title: 'La consegna ha richiesto troppo tempo',
      meaning:
        'Il server che invia ha continuato a provare, ma quello che riceve non ha preso il messaggio in tempo.',
      causes: ['Il server che riceve è stato irraggiungibile o ha rifiutato a lungo.'],
      retry: 'Riprova più tardi.',
    },
    c449: {
      title: 'Errore di instradamento (Exchange)',
      meaning: 'Un server Microsoft Exchange non è riuscito a capire dove mandare il messaggio.',
      causes: ['Un problema di instradamento dentro l’organizzazione Exchange del destinatario.'],
      retry: 'Riprova quando il lato del destinatario ha risolto.',
    },
    c450: {
      title: 'Casella per ora non disponibile',
      meaning:
        'Per questa volta il messaggio non è stato accettato. La casella è occupata per un po’, oppure il server che riceve vuole un secondo tentativo.',
      causes: [
        'La casella del destinatario è bloccata temporaneamente.',
        'Il server che riceve è molto occupato in questo momento.',
        'Il server che riceve rifiuta il primo tentativo di un mittente nuovo e aspetta il secondo.',
      ],
      retry: 'Riprova tra qualche minuto: di solito il secondo tentativo passa.',
    },
    c451: {
      title: 'Il server che riceve ha avuto un problema interno',
      meaning: 'Il server che riceve ha interrotto la gestione del messaggio per un problema suo.',
      causes: [
        'Il server è sovraccarico per un momento.',
        'L’elenco dei server autorizzati del mittente (SPF) non è verificabile o non è superato.',
        'Un filtro antispam ha trattenuto il messaggio.',
      ],
      retry: 'Riprova più tardi.',
    },
    c452: {
      title: 'Spazio insufficiente o troppi invii insieme',
      meaning: 'Il server non ha preso il messaggio perché manca spazio o è stato raggiunto un limite.',
      causes: [
        'Troppi destinatari o messaggi nello stesso momento.',
        'Il server che riceve è a corto di spazio.',
      ],
      retry: 'Riprova più tardi, con meno destinatari alla volta.',
    },
    c455: {
      title: 'Il server non può gestire le opzioni richieste',
      meaning: 'Il server al momento non può accettare le opzioni inviate con il messaggio.',
      causes: ['Un limite temporaneo del server che riceve.'],
      retry: 'Riprova più tardi.',
    },
    c471: {
      title: 'Rifiutato da un filtro di posta',
      meaning: 'Un filtro, spesso antispam, ha fermato il messaggio per ora.',
      causes: ['Un filtro antispam non si è fidato del messaggio o del mittente.'],
      retry: 'Riprova dopo che il problema del filtro è risolto.',
    },
    c500: {
      title: 'Comando non compreso',
      meaning: 'Il server non ha capito cosa gli è stato inviato.',
      causes: [
        'Un antivirus o un firewall che controllano la posta in uscita hanno alterato il dialogo.',
        'Una riga di comando era troppo lunga.',
      ],
      retry: 'Riprova dopo aver cambiato le impostazioni.',
    },
    c501: {
      title: 'Qualcosa nell’indirizzo non è valido',
      meaning:
        'Il server non ha accettato un valore inviato con un comando, molto spesso un indirizzo email.',
      causes: [
        'Un indirizzo è scritto male o contiene spazi o caratteri strani.',
        'Un antivirus o un firewall hanno alterato il dialogo.',
      ],
      retry: 'Riprova dopo aver corretto l’indirizzo.',
    },
    c502: {
      title: 'Comando non disponibile',
      meaning: 'Il server non offre il comando usato dal tuo programma di posta.',
      causes: ['Un’opzione usata dal programma di posta è disattivata sul server.'],
      retry: 'Riprova dopo aver cambiato le impostazioni.',
    },
    c503: {
      title: 'Passi nell’ordine sbagliato: di solito serve l’accesso',
      meaning:
        'Il server ha ricevuto i comandi nell’ordine sbagliato; quasi sempre voleva prima l’accesso con password.',
      causes: [
        'Il programma di posta non fa l’accesso al server in uscita.',
        'La connessione si è interrotta a metà.',
      ],
      retry: 'Riprova dopo aver attivato nel programma di posta l’accesso al server in uscita.',
    },
    c504: {
      title: 'Opzione non disponibile',
      meaning: 'Il server conosce il comando ma non l’opzione che lo accompagnava.',
      causes: ['Un’opzione, spesso il metodo di accesso, non è attiva sul server.'],
      retry: 'Riprova dopo aver cambiato le impostazioni.',
    },
    c510: {
      title: 'Problema con un indirizzo',
      meaning: 'Uno degli indirizzi non è corretto.',
      causes: ['Un indirizzo in A, Cc o Ccn è scritto male.'],
      retry: 'Riprova dopo aver corretto l’indirizzo.',
    },
    c511: {
      title: 'Questo indirizzo non esiste',
      meaning: 'Il server che riceve dice che non c’è nessuna casella con questo indirizzo.',
      causes: ['Un errore di battitura nella parte prima della @.', 'La casella è stata chiusa.'],
      retry: 'Non riprovare finché l’indirizzo non è corretto.',
    },
    c512: {
      title: 'Il dominio del destinatario non è stato trovato',
      meaning: 'La parte dopo la @ non porta a nessun server di posta.',
      causes: [
        'Un errore nel dominio, per esempio .coom invece di .com.',
        'Il dominio è scaduto o non ha la posta configurata.',
      ],
      retry: 'Riprova dopo aver corretto il dominio.',
    },
    c513: {
      title: 'Indirizzo scritto male, o serve l’accesso',
      meaning:
        'Il server non accetta come è scritto un indirizzo; alcuni server lo dicono anche quando non hai fatto l’accesso.',
      causes: [
        'Un indirizzo ha un formato sbagliato.',
        'Il programma di posta non fa l’accesso al server in uscita.',
      ],
      retry: 'Riprova dopo la correzione.',
    },
    c523: {
      title: 'Messaggio troppo grande',
      meaning: 'Il messaggio è più grande di quanto accetta il server che riceve.',
      causes: ['Allegati pesanti, oppure un messaggio inviato a una lunga lista.'],
      retry: 'Riprova con un messaggio più piccolo.',
    },
    c530: {
      title: 'Serve l’accesso',
      meaning: 'Il server vuole che tu faccia l’accesso prima di inviare posta.',
      causes: [
        'Il programma di posta non fa l’accesso al server in uscita.',
        'A volte: il server che invia è in una blacklist, o un indirizzo è sbagliato.',
      ],
      retry: 'Riprova dopo aver attivato nel programma di posta l’accesso al server in uscita.',
    },
    c534: {
      title: 'Metodo di accesso troppo debole',
      meaning:
        'Il server rifiuta il modo in cui il programma di posta si autentica: vuole un metodo più sicuro.',
      causes: [
        'Il programma invia la password in un modo che il server non accetta più.',
        'La connessione non è cifrata, quindi il server rifiuta una password in chiaro.',
      ],
      retry: 'Riprova dopo aver scelto un altro metodo di accesso o attivato la cifratura.',
    },
    c535: {
      title: 'Accesso rifiutato',
      meaning: 'Il server ha rifiutato nome utente o password, oppure l’account è bloccato per l’invio.',
      causes: [
        'Password o nome utente sbagliati.',
        'L’account è stato bloccato per invio di spam.',
        'L’account è sospeso o scaduto.',
      ],
      retry: 'Riprova dopo aver sistemato la password o sbloccato l’account.',
    },
    c538: {
      title: 'Serve la cifratura per accedere',
      meaning: 'Il server accetta questo metodo di accesso solo su una connessione cifrata.',
      causes: ['Il programma di posta si collega senza cifratura (SSL/TLS).'],
      retry: 'Riprova dopo aver attivato la cifratura per il server in uscita.',
    },
    c541: {
      title: 'Rifiutato dal filtro del destinatario',
      meaning:
        'Il server del destinatario ha rifiutato il messaggio, di solito perché il filtro antispam lo ha segnalato.',
      causes: ['Il messaggio o il server che invia sono sembrati spam al filtro del destinatario.'],
      retry: 'Riprova dopo che il destinatario ti ha autorizzato.',
    },
    c550: {
      title: 'Messaggio rifiutato: indirizzo inesistente o non ammesso',
      meaning: 'Il server che riceve ha rifiutato il messaggio. Molto spesso l’indirizzo lì non esiste.',
      causes: [
        'Un errore di battitura nell’indirizzo.',
        'La casella è stata chiusa.',
        'Il server che riceve rifiuta la posta del tuo server (regole, blacklist, firewall).',
      ],
      retry: 'Non riprovare così com’è; prima correggi l’indirizzo o la causa.',
    },
    c551: {
      title: 'Destinatario non presente su questo server',
      meaning:
        'Il server non ospita questo destinatario e non inoltrerà il messaggio; può suggerire un altro indirizzo.',
      causes: ['Il destinatario ha cambiato indirizzo.', 'Il server non inoltra posta per te.'],
      retry: 'Riprova con l’indirizzo o il server giusto.',
    },
    c552: {
      title: 'Spazio esaurito: casella piena o messaggio troppo grande',
      meaning:
        'Il messaggio è stato rifiutato per lo spazio: la casella del destinatario è piena o il messaggio è troppo grande.',
      causes: [
        'La casella del destinatario è piena.',
        'Gli allegati superano la dimensione accettata dal server.',
      ],
      retry: 'Riprova con un messaggio più piccolo, o dopo che il destinatario ha fatto spazio.',
    },
    c553: {
      title: 'Indirizzo non ammesso',
      meaning: 'Il server ha rifiutato un indirizzo: è scritto male o lì non è accettato.',
      causes: [
        'Un errore di battitura nell’indirizzo del destinatario.',
        'L’indirizzo del mittente non è accettato (formato sbagliato, o non è il tuo account).',
        'L’indirizzo del server che invia non porta a nessun nome (DNS inverso).',
      ],
      retry: 'Riprova dopo aver corretto l’indirizzo.',
    },
    c554: {
      title: 'Consegna rifiutata',
      meaning:
        'Il server che riceve ha rifiutato definitivamente il messaggio, molto spesso perché non si fida del mittente.',
      causes: [
        'L’indirizzo del server che invia (IP) è in una blacklist.',
        'Il messaggio è sembrato spam.',
        'Le verifiche che il messaggio venga davvero dal tuo dominio (SPF, DKIM o DMARC) non sono superate.',
      ],
      retry: 'Non riprovare finché la causa non è risolta.',
    },
    c555: {
      title: 'Mittente o destinatario non accettati',
      meaning:
        'Il server non ha accettato le opzioni indicate con l’indirizzo del mittente o del destinatario.',
      causes: [
        'Un indirizzo in Da o A è scritto male.',
        'Superato il limite di invio ($t({{providerFacts.sendingLimitsText}})).',
      ],
      retry: 'Riprova dopo aver corretto l’indirizzo o dopo un’ora.',
    },
    c556: {
      title: 'Il dominio del destinatario non accetta email',
      meaning: 'Il dominio del destinatario dichiara di non ricevere email (un record “null MX”).',
      causes: ['Il dominio non è fatto per ricevere posta.', 'L’indirizzo è scritto male.'],
      retry: 'Non riprovare verso questo indirizzo.',
    },
  },
  notes: {
    wordsOverCode:
      'Da solo, il codice {{code}} indicherebbe un’altra causa. Le parole del server sono più precise, quindi seguiamo quelle.',
    unregistered:
      'Il codice {{code}} non è nell’elenco ufficiale dei codici: questo server lo usa con un significato suo. Il testo del messaggio dice di più.',
    microsoft5110:
      'Nota sulla fonte: nel registro IANA 5.1.10 vuol dire che il dominio non riceve posta. Microsoft 365 lo usa anche per “destinatario non trovato”. Il testo del server dice che l’indirizzo non è stato trovato, quindi seguiamo quello.',
    notSmtp:
      'Nota sulla fonte: nessun server di posta invia questo codice (la RFC 5321 non ne ha che iniziano con 1). Lo usano programmi di posta e alcune guide per gli errori di connessione.',
    groupwiseOnly:
      'Nota sul fornitore: secondo le guide, solo i server di posta GroupWise inviano questo codice.',
    exchangeOnly:
      'Nota sul fornitore: secondo le guide, solo i server Microsoft Exchange inviano questo codice.',
    undotted:
      'Nota sulla fonte: nessuna RFC definisce questo codice di risposta. Si legge come il codice esteso {{enhanced}} scritto senza punti, e lo spieghiamo così.',
    ovhLimits: 'Nota sul fornitore: $t({{providerFacts.sendingLimitsText}}).',
    rfc252:
      'Nota sulla fonte: una guida dice che l’indirizzo è valido. La RFC 5321 dice solo che il server non ha potuto verificarlo e proverà a consegnare.',
    rfc432:
      'Nota sulla fonte: le guide descrivono il 432 come coda Exchange ferma; la RFC 4954 lo definisce “serve un cambio di password”. Seguiamo prima la RFC.',
    rfc551:
      'Nota sulla fonte: le guide presentano il 551 come inoltro rifiutato; la RFC 5321 lo definisce “utente non locale”, con un eventuale nuovo indirizzo da provare.',
    rfc555:
      'Nota sulla fonte: la RFC 5321 definisce il 555 come opzioni non riconosciute nel mittente o nel destinatario. La lettura come limite di invio viene dalla guida OVHcloud.',
    rfc530:
      'Nota sulla fonte: la RFC 4954 definisce il 530 come “autenticazione richiesta”; le guide citano anche blacklist e indirizzi sbagliati.',
  },
  retryModernSignIn:
    'Riprova quando il programma di posta accede dalla pagina del fornitore, oppure con una password per le app.',
  retryUnknown: 'Dal solo testo non possiamo dire se riprovare servirà; cerca un codice nel messaggio.',
  enhanced: {
    unregisteredTitle: 'Codice {{code}} (non presente nel registro)',
    classes: {
      c2: {
        title: 'Riuscito',
        meaning: 'Il messaggio è stato consegnato o inoltrato.',
        retry: 'Non serve riprovare.',
      },
      c4: {
        title: 'Errore temporaneo',
        meaning:
          'Il messaggio va bene ma qualcosa di passeggero si è messo di mezzo; un tentativo successivo può riuscire.',
        retry: 'Riprova più tardi.',
      },
      c5: {
        title: 'Errore definitivo',
        meaning:
          'Se lo invii di nuovo così com’è, fallirà ancora. Deve cambiare il messaggio o la destinazione.',
        retry: 'Non riprovare così com’è.',
      },
    },
    subjects: {
      s0: {
        title: 'Altro',
        meaning: 'Il server non dà altri dettagli oltre alla classe.',
      },
      s1: {
        title: 'Indirizzo',
        meaning: 'Il problema riguarda un indirizzo (del destinatario o del mittente).',
      },
      s2: {
        title: 'Casella del destinatario',
        meaning: 'La casella del destinatario ha un problema, per esempio è piena o spenta.',
      },
      s3: {
        title: 'Sistema di posta che riceve',
        meaning: 'Il server che riceve ha un problema suo.',
      },
      s4: {
        title: 'Rete o instradamento',
        meaning: 'I server non sono riusciti a raggiungersi o a trovare la strada.',
      },
      s5: {
        title: 'Protocollo di posta',
        meaning: 'Qualcosa è andato storto nel dialogo tra i server.',
      },
      s6: {
        title: 'Contenuto o formato del messaggio',
        meaning: 'Il contenuto o il formato del messaggio non sono gestibili.',
      },
      s7: {
        title: 'Sicurezza o regole',
        meaning:
          'Una regola di sicurezza del server ha fermato il messaggio (antispam, controlli sul mittente, permessi).',
      },
      unknown: {
        title: 'Argomento sconosciuto',
        meaning: 'Questo numero di argomento non è definito; ci dice qualcosa solo la classe.',
      },
    },
    details: {
      d0_0: {
        title: 'Stato non specificato',
        meaning: 'Si conosce solo la classe: riuscito, temporaneo o definitivo.',
      },
      d1_0: {
        title: 'Problema di indirizzo',
        meaning: 'Il messaggio è tornato indietro per un problema in un indirizzo.',
      },
      d1_1: {
        title: 'L’indirizzo del destinatario non esiste',
        meaning: 'La casella prima della @ non esiste sul server che riceve.',
      },
      d1_2: {
        title: 'Dominio del destinatario non valido',
        meaning: 'Il dominio dopo la @ non esiste o non può ricevere email.',
      },
      d1_3: {
        title: 'Indirizzo del destinatario scritto male',
        meaning: 'L’indirizzo del destinatario non ha una forma valida.',
      },
      d1_4: { title: 'Indirizzo ambiguo', meaning: 'L’indirizzo corrisponde a più di una casella.' },
      d1_5: { title: 'Indirizzo del destinatario valido', meaning: 'L’indirizzo è stato accettato.' },
      d1_6: {
        title: 'La casella si è spostata',
        meaning: 'Il destinatario non usa più questo indirizzo; potrebbe essercene uno nuovo.',
      },
      d1_7: {
        title: 'Indirizzo del mittente scritto male',
        meaning: 'Il tuo indirizzo di mittente non ha una forma valida.',
      },
      d1_8: {
        title: 'Dominio del mittente non valido',
        meaning: 'Il dominio del tuo indirizzo non esiste o non può ricevere risposte.',
      },
      d1_9: {
        title: 'Inoltrato a un sistema non conforme',
        meaning: 'Il messaggio è passato a un sistema che non sa inviare rapporti di consegna.',
      },
      d1_10: {
        title: 'Il dominio del destinatario non accetta email',
        meaning: 'Il dominio del destinatario dichiara di non ricevere email (null MX).',
      },
      d2_0: {
        title: 'Problema della casella',
        meaning: 'Qualcosa nella casella del destinatario ha impedito la consegna.',
      },
      d2_1: {
        title: 'Casella disattivata',
        meaning: 'La casella del destinatario non accetta messaggi: è spenta o sospesa.',
      },
      d2_2: { title: 'Casella piena', meaning: 'La casella del destinatario è piena.' },
      d2_3: {
        title: 'Messaggio troppo lungo per questa casella',
        meaning: 'Il messaggio supera il limite del destinatario.',
      },
      d2_4: {
        title: 'Problema della lista di distribuzione',
        meaning: 'L’indirizzo è una lista che non è stato possibile espandere.',
      },
      d3_0: {
        title: 'Problema del sistema di posta',
        meaning: 'Il sistema di posta che riceve ha avuto un problema.',
      },
      d3_1: { title: 'Sistema di posta pieno', meaning: 'Il server che riceve ha esaurito lo spazio.' },
      d3_2: {
        title: 'Il sistema non accetta messaggi',
        meaning: 'Il server che riceve al momento non prende messaggi (per esempio, si sta spegnendo).',
      },
      d3_3: {
        title: 'Funzione non supportata',
        meaning: 'Il messaggio richiede una funzione che il server che riceve non ha.',
      },
      d3_4: {
        title: 'Messaggio troppo grande per il sistema',
        meaning: 'Il messaggio è più grande di quanto accetta il server che riceve.',
      },
      d3_5: {
        title: 'Sistema configurato male',
        meaning: 'Il server che riceve è configurato in modo errato.',
      },
      d3_6: { title: 'Priorità cambiata', meaning: 'Il server ha cambiato la priorità del messaggio.' },
      d4_0: {
        title: 'Problema di rete o di instradamento',
        meaning: 'Qualcosa è andato storto nella rete o nell’instradamento.',
      },
      d4_1: { title: 'Nessuna risposta dal server', meaning: 'Il server che riceve non ha risposto.' },
      d4_2: {
        title: 'Connessione interrotta',
        meaning: 'La connessione si è interrotta durante la consegna.',
      },
      d4_3: {
        title: 'Il server non è riuscito a cercare dove consegnare',
        meaning: 'Una ricerca (spesso DNS) non è riuscita, quindi il server non è stato trovato.',
      },
      d4_4: {
        title: 'Impossibile instradare',
        meaning:
          'Non è stata trovata una strada verso la destinazione (per esempio, mancano record MX o di indirizzo).',
      },
      d4_5: { title: 'Sistema di posta congestionato', meaning: 'Il sistema che riceve è sovraccarico.' },
      d4_6: { title: 'La posta gira in tondo', meaning: 'Il messaggio ha girato in tondo tra i server.' },
      d4_7: {
        title: 'Tempo di consegna scaduto',
        meaning: 'Il messaggio non è stato consegnato entro il tempo consentito.',
      },
      d5_0: {
        title: 'Problema di protocollo',
        meaning: 'Qualcosa è andato storto nel dialogo tra i server.',
      },
      d5_1: {
        title: 'Comando non valido',
        meaning: 'Un comando non era valido o è arrivato nell’ordine sbagliato.',
      },
      d5_2: { title: 'Errore di sintassi', meaning: 'Un comando non è stato compreso.' },
      d5_3: {
        title: 'Troppi destinatari',
        meaning: 'Il messaggio ha più destinatari di quanti il server ne accetti insieme.',
      },
      d5_4: {
        title: 'Argomenti del comando non validi',
        meaning: 'Un valore inviato con un comando non era valido.',
      },
      d5_5: {
        title: 'Versione del protocollo sbagliata',
        meaning: 'I server non parlano una versione compatibile del protocollo.',
      },
      d5_6: {
        title: 'Scambio di accesso troppo lungo',
        meaning: 'Una riga dello scambio di accesso era troppo lunga.',
      },
      d6_0: { title: 'Problema di contenuto', meaning: 'Qualcosa nel contenuto ha impedito la consegna.' },
      d6_1: {
        title: 'Tipo di contenuto non supportato',
        meaning: 'Chi riceve non accetta questo tipo di contenuto.',
      },
      d6_2: {
        title: 'Conversione necessaria ma vietata',
        meaning: 'Il contenuto andava convertito, ma non era permesso.',
      },
      d6_3: {
        title: 'Conversione non supportata',
        meaning: 'Il contenuto andava convertito, ma il server non sa farlo.',
      },
      d6_4: {
        title: 'Convertito con perdita',
        meaning: 'Il contenuto è stato convertito e una parte è andata persa.',
      },
      d6_5: { title: 'Conversione non riuscita', meaning: 'Il contenuto non è stato convertito.' },
      d6_6: {
        title: 'Contenuto non disponibile',
        meaning: 'Il contenuto indicato nel messaggio non è stato recuperato.',
      },
      d6_7: {
        title: 'Indirizzi non ASCII non ammessi',
        meaning: 'Qui non è accettato un indirizzo con lettere accentate o non latine.',
      },
      d6_8: {
        title: 'Serve una risposta UTF-8',
        meaning: 'La risposta richiede UTF-8, che il lato che invia non supporta.',
      },
      d6_9: {
        title: 'Intestazione UTF-8 non inoltrabile',
        meaning: 'Un’intestazione in UTF-8 non può essere consegnata a uno o più destinatari.',
      },
      d6_10: {
        title: 'Serve una risposta UTF-8',
        meaning: 'La risposta richiede UTF-8, che il lato che invia non supporta (come 6.8).',
      },
      d7_0: {
        title: 'Problema di sicurezza o di regole',
        meaning: 'Una regola di sicurezza ha fermato il messaggio.',
      },
      d7_1: {
        title: 'Consegna non autorizzata',
        meaning:
          'Il server che riceve non ammette questo messaggio o questo mittente (regole, antispam, blacklist).',
      },
      d7_2: {
        title: 'Invio alla lista non permesso',
        meaning: 'Il mittente non può scrivere a questa lista di distribuzione.',
      },
      d7_3: {
        title: 'Conversione di sicurezza impossibile',
        meaning: 'Serviva una conversione di sicurezza che non è stato possibile fare.',
      },
      d7_4: {
        title: 'Funzioni di sicurezza non supportate',
        meaning: 'Il messaggio chiede funzioni di sicurezza che il server non ha.',
      },
      d7_5: {
        title: 'Errore crittografico',
        meaning: 'La decifratura o la verifica di una firma non è riuscita.',
      },
      d7_6: {
        title: 'Algoritmo non supportato',
        meaning: 'Un algoritmo crittografico del messaggio non è supportato.',
      },
      d7_7: {
        title: 'Integrità del messaggio non verificata',
        meaning: 'Il messaggio è stato modificato lungo la strada.',
      },
      d7_8: {
        title: 'Nome utente o password sbagliati',
        meaning: 'Le credenziali di accesso sono state rifiutate.',
      },
      d7_9: {
        title: 'Metodo di accesso troppo debole',
        meaning: 'Il server vuole un metodo di accesso più sicuro.',
      },
      d7_10: { title: 'Serve la cifratura', meaning: 'Il server richiede una connessione cifrata.' },
      d7_11: {
        title: 'Serve la cifratura per questo metodo di accesso',
        meaning: 'Questo metodo di accesso è ammesso solo su una connessione cifrata.',
      },
      d7_12: {
        title: 'Serve cambiare la password',
        meaning: 'L’account deve cambiare la password prima di accedere.',
      },
      d7_13: { title: 'Account disattivato', meaning: 'L’account utente è disattivato.' },
      d7_14: {
        title: 'Serve una relazione di fiducia tra i server',
        meaning: 'I server hanno bisogno di un accordo di fiducia che non esiste.',
      },
      d7_15: {
        title: 'Priorità troppo bassa',
        meaning: 'La priorità del messaggio è troppo bassa perché il server lo accetti ora.',
      },
      d7_16: {
        title: 'Troppo grande per la sua priorità',
        meaning: 'Il messaggio è troppo grande per la priorità che richiede.',
      },
      d7_17: {
        title: 'Il titolare della casella è cambiato',
        meaning: 'L’indirizzo ora appartiene a un’altra persona.',
      },
      d7_18: {
        title: 'Il titolare del dominio è cambiato',
        meaning: 'Il dominio ora appartiene a qualcun altro.',
      },
      d7_19: {
        title: 'Cambio di titolare non verificabile',
        meaning: 'Il server non ha potuto verificare se l’indirizzo ha cambiato titolare.',
      },
      d7_20: {
        title: 'Nessuna firma valida del dominio (DKIM)',
        meaning: 'Il messaggio non ha una firma del dominio (DKIM) superata.',
      },
      d7_21: {
        title: 'Nessuna firma del dominio accettabile (DKIM)',
        meaning: 'Nessuna firma del dominio (DKIM) rispetta le regole del server che riceve.',
      },
      d7_22: {
        title: 'Nessuna firma del dominio del mittente (DKIM)',
        meaning: 'Nessuna firma valida (DKIM) corrisponde al dominio nel campo Da.',
      },
      d7_23: {
        title: 'Il tuo dominio non autorizza questo server a inviare (SPF)',
        meaning:
          'L’elenco dei server autorizzati del tuo dominio (SPF) non comprende il server che ha inviato il messaggio.',
      },
      d7_24: {
        title: 'Non si riesce a leggere l’elenco dei server autorizzati (SPF)',
        meaning:
          'L’elenco dei server autorizzati del tuo dominio (SPF) non si legge: ha un errore, oppure la ricerca non è riuscita.',
      },
      d7_25: {
        title: 'Il nome del server che invia non corrisponde (DNS inverso)',
        meaning: 'L’indirizzo del server che invia non porta a un nome coerente (DNS inverso).',
      },
      d7_26: {
        title: 'Più verifiche del mittente non superate',
        meaning: 'Più di una verifica (SPF, DKIM, DMARC) non è stata superata.',
      },
      d7_27: {
        title: 'Il dominio del mittente non accetta email',
        meaning:
          'Il tuo dominio di invio dichiara di non ricevere email (null MX), quindi le risposte non potrebbero arrivare.',
      },
      d7_28: {
        title: 'Rilevata un’ondata di posta',
        meaning: 'Il server ha visto un’ondata insolita di messaggi e li ha fermati.',
      },
      d7_29: {
        title: 'Il sigillo dei server di inoltro non è superato (ARC)',
        meaning: 'Le firme di inoltro (ARC) del messaggio non sono state superate.',
      },
      d7_30: {
        title: 'Consegna cifrata obbligatoria',
        meaning:
          'Il messaggio esige una connessione cifrata per tutto il percorso (REQUIRETLS), e il server successivo non la offre.',
      },
    },
  },
  listedOn: 'Il server che invia è nella blacklist {{list}}',
  details: {
    providerHold: {
      title: 'Il tuo fornitore ha fermato la tua posta in uscita',
      meaning:
        'Il fornitore del tuo hosting ha sospeso o messo in pausa la posta inviata dal tuo dominio. Di solito succede dopo spam partito da uno dei suoi account.',
    },
    bannedAttachment: {
      title: 'Il server non accetta questo tipo di allegato',
      meaning:
        'Il server del destinatario rifiuta per sicurezza alcuni tipi di file (programmi, script, alcuni archivi). Il problema non è il tuo indirizzo né il tuo dominio: è l’allegato.',
    },
    mailLoop: {
      title: 'Il messaggio ha girato in tondo tra i server',
      meaning:
        'I server si sono passati il messaggio avanti e indietro finché hanno rinunciato. Una regola di inoltro, o un’impostazione di un server, lo fa tornare da dove è partito. Aspettare non basta.',
    },
    senderDomainListed: {
      title: 'Il tuo dominio è in una blacklist',
      meaning:
        'Il server del destinatario ha rifiutato il mittente perché il tuo dominio è in una blacklist, un elenco di domini segnalati per spam. L’indirizzo è giusto: il problema è la reputazione del dominio.',
    },
    fromNotYourMailbox: {
      title: 'Il mittente non è la casella con cui accedi',
      meaning:
        'Il server della posta in uscita del tuo fornitore invia solo con l’indirizzo della casella con cui accedi, o con indirizzi che hai autorizzato.',
    },
    listRefusedPost: {
      title: 'La mailing list non ha accettato il tuo messaggio',
      meaning:
        'La lista accetta messaggi solo dai suoi iscritti, o secondo le sue regole su chi può scrivere. Il tuo indirizzo e i tuoi server di posta funzionano: a fermare il messaggio sono le regole della lista.',
    },
    ownMailboxFull: {
      title: 'La tua casella è piena',
      meaning:
        'Il tuo fornitore non ha potuto salvare il messaggio nella tua casella (per esempio la copia in Posta inviata) perché non c’è più spazio. Il destinatario non c’entra.',
    },
    abandonedMailbox: {
      title: 'La casella del destinatario è piena e non viene più usata',
      meaning:
        'Il fornitore del destinatario dice che questa casella è piena e che nessuno la apre da molto tempo. Nessuno farà spazio, quindi inviare di nuovo non serve: probabilmente il destinatario ora usa un altro indirizzo.',
    },
    noReverseName: {
      title: 'L’indirizzo del server della posta in uscita (SMTP) non ha un nome (DNS inverso)',
      meaning:
        'Il server del destinatario rifiuta la posta da un indirizzo senza un nome (record PTR). È questo il motivo che indica, non una blacklist. Chi gestisce il server della posta in uscita (SMTP) deve dare un nome all’indirizzo.',
    },
    senderDomainMissing: {
      title: 'Il dominio del tuo indirizzo non si trova',
      meaning:
        'Il server del destinatario ha cercato la parte del tuo indirizzo dopo la @ e non ha trovato nulla. Il dominio può essere scaduto, o mancano i suoi record della posta. Finché non si risolve, nessuno può nemmeno risponderti.',
    },
    serverHeldBack: {
      title: 'Il fornitore del destinatario trattiene la posta del tuo server della posta in uscita (SMTP)',
      meaning:
        'Ha visto troppa posta, o troppe segnalazioni, dal server da cui parte la tua posta, e la rallenta o la ferma. Il tuo indirizzo non è il problema.',
    },
    insideSendersOnly: {
      title: 'Il destinatario accetta posta solo dalla sua organizzazione',
      meaning:
        'L’indirizzo è un gruppo o una casella che accetta solo mittenti collegati alla sua organizzazione. Dal tuo lato non c’è nulla di sbagliato.',
    },
    smtpAuthOff: {
      title: 'Il server vuole che tu acceda prima di inviare',
      meaning:
        'Il tuo programma di posta ha inviato il messaggio senza accedere al server in uscita. Il problema non è la password: è spenta l’opzione che lo fa accedere.',
    },
    tooManyLogins: {
      title: 'Troppi tentativi di accesso',
      meaning:
        'Il server ha smesso per un po’ di accettare accessi per questo indirizzo, perché ne ha visti troppi, o troppi con la password sbagliata. Dopo una pausa ti fa entrare di nuovo.',
    },
    openResolver: {
      title: 'Il server del destinatario controlla le blacklist nel modo sbagliato',
      meaning:
        'Fa i controlli con un DNS pubblico, a cui Spamhaus non risponde. Così tratta ogni mittente come se fosse in blacklist. Tu non sei in nessuna lista.',
    },
    onlyAllowedSenders: {
      title: 'Il destinatario accetta posta solo da mittenti ammessi',
      meaning:
        'L’indirizzo (una persona, un gruppo o una cartella condivisa) accetta posta solo dalla sua organizzazione o da un elenco di mittenti. Tu non sei nell’elenco. Dal tuo lato non c’è nulla di sbagliato.',
    },
    greylisting: {
      title: 'Il server vuole un secondo tentativo',
      meaning:
        'Il server che riceve rifiuta di proposito il primo tentativo di un mittente sconosciuto; un nuovo tentativo qualche minuto dopo viene accettato.',
    },
    spf: {
      title: 'Il tuo dominio non autorizza questo server a inviare (SPF)',
      meaning:
        'L’elenco dei server autorizzati del tuo dominio (SPF) non comprende il server da cui è partito il messaggio.',
    },
    dkim: {
      title: 'Problema con la firma del tuo dominio (DKIM)',
      meaning: 'Al messaggio mancava una firma valida del tuo dominio (DKIM).',
    },
    dmarc: {
      title: 'La regola del tuo dominio ha fatto rifiutare il messaggio (DMARC)',
      meaning:
        'La regola del tuo dominio (DMARC) chiede di rifiutare i messaggi che non superano le verifiche del mittente (SPF e DKIM). Questo non le ha superate.',
    },
    modernAuth: {
      title: 'L’accesso con password è disattivato per i programmi di posta',
      meaning:
        'Il fornitore (Microsoft 365, Outlook.com, Google) non accetta più la password della casella da questo programma di posta. Oppure il programma ha inviato senza accedere. La password in sé può essere giusta.',
    },
    appPassword: {
      title: 'Serve una password per le app',
      meaning:
        'L’account ha la verifica in due passaggi, quindi i programmi di posta devono usare una password per le app al posto di quella solita.',
    },
    passwordOrAppPassword: {
      title: 'Password sbagliata, oppure serve una password per le app',
      meaning:
        'Il fornitore non ha accettato nome utente e password. O la password è sbagliata, oppure l’account ha la verifica in due passaggi. In quel caso vuole una password per le app, o l’accesso dalla pagina del fornitore.',
    },
    passwordOrModernSignIn: {
      title: 'Password sbagliata, oppure l’accesso con password è disattivato',
      meaning:
        'Il fornitore non ha accettato l’accesso. O la password è sbagliata, oppure il fornitore non accetta più la password dai programmi di posta.',
    },
    authentication: {
      title: 'Problema di accesso',
      meaning: 'Il server richiede l’accesso, oppure ha rifiutato quello ricevuto.',
    },
    authMethod: {
      title: 'Il programma di posta usa un metodo di accesso che il server non offre',
      meaning:
        'Il programma di posta ha provato ad accedere con un metodo che questo server non accetta, per esempio la password cifrata. La password in sé può essere giusta.',
    },
    ownServerUnreachable: {
      title: 'Il programma di posta non ha raggiunto il proprio server',
      meaning:
        'Queste parole vengono dal tuo programma di posta, non da un destinatario. Non è riuscito a collegarsi al server del tuo fornitore, o a trovarne il nome. Il messaggio non è partito dal tuo computer.',
    },
    ownServerTls: {
      title: 'Il programma di posta non ha stabilito una connessione sicura',
      meaning:
        'Il programma di posta e il server del tuo fornitore non si sono accordati sulla cifratura. Non corrisponde l’impostazione di sicurezza, la porta o il certificato del server.',
    },
    ordinaryToPec: {
      title: 'Una casella PEC ha rifiutato la posta ordinaria',
      meaning:
        'L’indirizzo è una casella PEC che accetta solo posta certificata, e il tuo era un messaggio ordinario.',
    },
  },

  /** Every step an explanation can give, once: codes, classes, subjects and server text refer to them by id (shared/knowledge/code-texts.ts). */
  steps: {
    signInThroughProviderPage:
      'Nel programma di posta scegli di entrare dalla pagina del fornitore. Cerca «Accedi con Microsoft» o «Accedi con Google».',
    createAppPasswordIfAllowed:
      'Dove non è possibile, crea una password per le app, se il fornitore lo consente.',
    adminAllowSmtpSignIn:
      'Se la tua casella è di Microsoft 365, chi la gestisce può farle inviare con la password (SMTP).',
    createAppPasswordUseIt:
      'Crea una password per le app nelle impostazioni di sicurezza dell’account. Poi usala nel programma di posta al posto di quella solita.',
    checkPasswordInWebmail: 'Verifica la password nella webmail.',
    ifWebmailWorksAppPassword:
      'Se lì funziona, crea una password per le app o fai accedere il programma dalla pagina del fornitore.',
    checkOutgoingServerName: 'Controlla nome e porta del server in uscita nel programma di posta.',
    tryNetworkAntivirusBriefly: 'Riprova da un’altra rete, oppure sospendendo per un attimo l’antivirus.',
    nothingMailDoesArrive:
      'Non serve fare nulla. Se la posta continua a non arrivare, il problema è più avanti nel percorso.',
    nothingToDo: 'Non serve fare nulla.',
    waitSendingServerRetries: 'Aspetta: il server che invia riprova da solo per un po’ di tempo.',
    messageComesBackAfter: 'Se il messaggio torna indietro anche dopo un giorno, leggi il testo dell’errore.',
    readTextErrorUsually: 'Leggi il testo dell’errore: di solito dice cosa non va.',
    fixSendMessage: 'Correggi quel punto, poi invia di nuovo il messaggio.',
    checkOutgoingServerAgainstProvider:
      'Confronta nome e porta del server in uscita con le impostazioni del tuo fornitore.',
    pauseAntivirusFirewallMoment: 'Sospendi per un attimo antivirus o firewall e riprova.',
    tryNetworkPhoneHotspot: 'Prova da un’altra rete, per esempio l’hotspot del telefono.',
    checkServerNamePort: 'Controlla nome del server e porta nel programma di posta.',
    checkFirewallAntivirusSettings: 'Controlla le impostazioni di firewall e antivirus.',
    everythingLooksRightContact: 'Se tutto sembra corretto, contatta il tuo fornitore.',
    nothingRecipientDoesSee:
      'Non serve fare nulla. Se il destinatario non vede il messaggio, chiedigli di guardare nello spam.',
    nothingMessageComesBack:
      'Non serve fare nulla. Se più tardi il messaggio torna indietro, leggi quell’errore.',
    waitLetSendingServer: 'Aspetta e lascia che il server che invia riprovi.',
    persistsAskRecipientTell:
      'Se va avanti così, chiedi al destinatario di avvisare chi gestisce la sua posta.',
    sendTestMessageDifferent:
      'Invia un messaggio di prova a un altro dominio: se arriva, il problema è dal lato di chi riceve.',
    waitSendMessageLater: 'Aspetta, poi invia di nuovo il messaggio più tardi.',
    tellRecipientPhoneChat:
      'Avvisa il destinatario in un altro modo (telefono, chat) che la sua casella è piena.',
    sendFewerMessagesTime: 'Invia meno messaggi alla volta.',
    waitRetry: 'Aspetta e riprova.',
    appearsLogChangePassword: 'Se compare quando accedi: cambia la password dalla webmail, poi riprova.',
    appearsBounceAskRecipient:
      'Lo vedi in un messaggio tornato indietro? Chiedi al destinatario di dirlo a chi gestisce la sua posta.',
    waitSendingServerRetriesSeveral: 'Aspetta: il server che invia riprova più volte da solo.',
    checkInternetConnectionRouter: 'Controlla la connessione a internet e il router.',
    sendMessage: 'Invia di nuovo il messaggio.',
    checkForwardingRules: 'Controlla le tue regole di inoltro.',
    contactProviderBounce: 'Contatta il tuo fornitore di posta e allega il messaggio tornato indietro.',
    checkRecipientsAddressDomain: 'Controlla che indirizzo e dominio del destinatario siano corretti.',
    sendMessageLater: 'Invia di nuovo il messaggio più tardi.',
    askRecipientPassBounce:
      'Manda al destinatario il messaggio tornato indietro. Chiedigli di girarlo a chi gestisce la sua posta.',
    waitSendingServerTries: 'Aspetta: il server che invia riprova da solo.',
    avoidSpamLikeWording: 'Evita nel messaggio parole tipiche dello spam.',
    waitSend: 'Aspetta, poi invia di nuovo.',
    checkSpfListsServers:
      'Il tuo dominio ha un elenco dei server che possono inviare (SPF). Controlla che ci siano i server da cui invii.',
    persistsReadTextError:
      'Se va avanti così, leggi il testo dell’errore. Oppure scrivi a chi gestisce quel server.',
    checkOutboxMessagesStuck: 'Controlla se ci sono messaggi bloccati nella posta in uscita.',
    sendFewerRecipientsTime: 'Invia a meno destinatari alla volta e riprova.',
    waitTry: 'Aspetta e riprova.',
    contactMailProviderBounce: 'Contatta il tuo fornitore di posta e allega il messaggio tornato indietro.',
    checkWhetherSendingIp: 'Controlla se l’indirizzo da cui invii (IP) è in una blacklist.',
    pauseMailScanningAntivirus: 'Sospendi il controllo della posta di antivirus o firewall e riprova.',
    updateMailProgram: 'Aggiorna il programma di posta.',
    checkEveryAddressCc: 'Controlla tutti gli indirizzi in A, Cc e Ccn.',
    checkAddressAccountSettings: 'Controlla il tuo indirizzo nelle impostazioni dell’account.',
    pauseAntivirusMailScanning: 'Sospendi il controllo della posta dell’antivirus e riprova.',
    checkServerSettingsMail: 'Controlla le impostazioni del server nel programma di posta.',
    askProviderOptionsSupports: 'Chiedi al tuo fornitore quali opzioni supporta.',
    mailProgramTurnOutgoing:
      'Nel programma di posta attiva «Il server della posta in uscita (SMTP) richiede l’autenticazione».',
    useSameAddressPassword: 'Usa lo stesso indirizzo e la stessa password della posta in arrivo.',
    checkServerNamePortRetry: 'Controlla nome del server e porta, poi riprova.',
    checkLoginMethodMail: 'Controlla il metodo di accesso nel programma di posta.',
    checkEveryAddressFixTypos:
      'Controlla tutti gli indirizzi in A, Cc e Ccn e correggi gli errori di battitura.',
    checkAddressTypos: 'Controlla l’indirizzo cercando errori di battitura.',
    askRecipientCurrentAddress: 'Chiedi al destinatario, in un altro modo, il suo indirizzo attuale.',
    checkPartAfter: 'Controlla la parte dopo la @.',
    askRecipientWhetherDomain: 'Chiedi al destinatario se il suo dominio funziona ancora.',
    checkRecipientsAddresses: 'Controlla gli indirizzi dei destinatari.',
    turnOnSmtpAuth: 'Attiva «Il server della posta in uscita (SMTP) richiede l’autenticazione».',
    makeAttachmentsSmallerShare: 'Riduci gli allegati o condividili con un link.',
    splitLongListRecipients: 'Dividi una lunga lista di destinatari.',
    turnOnSmtpAuthFullAddress:
      'Attiva «Il server della posta in uscita (SMTP) richiede l’autenticazione» con indirizzo completo e password.',
    persistsCheckWhetherSending:
      'Se continua, controlla se l’indirizzo da cui invii (IP) è in una blacklist.',
    checkUsernameFullEmail:
      'Il nome utente deve essere l’indirizzo email intero. Controlla, poi scrivi di nuovo la password.',
    logWebmailCheckPassword: 'Accedi alla webmail per verificare che la password funzioni.',
    checkAccountStateAtProvider:
      'Nel pannello di controllo del tuo fornitore, guarda lo stato della casella email.',
    checkAccountStateInPanel:
      'Apri lo Spazio Cliente OVHcloud, poi gli account email. Guarda lo stato del tuo account.',
    blockedSpamFollowUnblock: 'Se è bloccato per spam, segui la procedura di sblocco e cambia la password.',
    askRecipientAllowAddress: 'Chiedi al destinatario, in un altro modo, di autorizzare il tuo indirizzo.',
    avoidSpamWordingLinks: 'Evita parole da spam e troppi link.',
    checkRecipientsDomainWorking:
      'Controlla che il dominio del destinatario dica dove arriva la sua posta (record MX).',
    askRecipientWhetherAddress: 'Chiedi al destinatario, in un altro modo, se l’indirizzo è giusto.',
    textMentionsSpamBlocklist: 'Se il testo parla di spam o di blacklist, segui quella pista.',
    checkRecipientsAddressUse:
      'Controlla l’indirizzo del destinatario. Se l’errore ne dà uno nuovo, usa quello.',
    makeSureMailProgram: 'Verifica che il programma di posta faccia l’accesso al tuo server in uscita.',
    messageLargeSendSmaller: 'Se il messaggio è pesante, invia allegati più piccoli o un link.',
    otherwiseTellRecipientMailbox:
      'Altrimenti avvisa il destinatario in un altro modo che la sua casella è piena.',
    checkSendAddressLogged: 'Verifica di inviare dal tuo indirizzo e di aver fatto l’accesso.',
    checkRecipientDomainsMx: 'Controlla dove arriva la posta del dominio del destinatario (record MX).',
    checkSendingIpAddress: 'Controlla l’indirizzo da cui invii (IP) nelle blacklist.',
    checkDomainsSpfDkim:
      'Controlla le voci del tuo dominio che garantiscono il mittente (SPF, DKIM e DMARC).',
    ipListedAskProvider: 'Se l’indirizzo è in lista, chiedi al tuo fornitore di farlo rimuovere.',
    checkAddresses: 'Controlla gli indirizzi in Da e A.',
    sendManyMessagesSpread: 'Se invii molti messaggi, distribuiscili nel tempo per restare sotto i limiti.',
    checkAddress: 'Controlla l’indirizzo.',
    askRecipientAddressReceives: 'Chiedi al destinatario un indirizzo che riceva email.',
    readTextErrorReason: 'Leggi il testo dell’errore per capire il motivo.',
    checkRecipientsAddressTypos: 'Rileggi l’indirizzo del destinatario e il tuo. Cerca lettere sbagliate.',
    contactRecipient: 'Contatta il destinatario in un altro modo.',
    checkSavedPasswordEveryDevice:
      'Controlla la password salvata in ogni programma e telefono che usa questo indirizzo. Ogni tentativo sbagliato conta.',
    signInOncePerBatch:
      'Se un programma o un sito invia molti messaggi, deve accedere una volta sola per tutti. Non una volta per ogni messaggio.',
    sameLoginAsIncoming:
      'Usa lo stesso nome e la stessa password della posta in arrivo. Il nome è l’indirizzo email completo.',
    checkOwnDomainRenewed: 'Nel pannello del fornitore controlla che il dominio sia rinnovato e attivo.',
    checkOwnDomainMxRecords:
      'Controlla che i record della posta (MX) del dominio puntino ancora al tuo fornitore. Se li hai cambiati, aspetta qualche ora.',
    tellRecipientResolver:
      'Avvisa il destinatario in un altro modo. Il suo server interroga Spamhaus con un DNS pubblico: deve cambiarlo il suo amministratore. Tu non devi fare nulla.',
    askRecipientAllowOutside:
      'Scrivi al destinatario in un altro modo. Chiedi che il suo amministratore accetti la tua posta o ti aggiunga ai mittenti ammessi.',
    waitRetryPersistsTell: 'Aspetta e riprova; se continua, avvisa il destinatario.',
    waitRetryCheckRecipients:
      'Aspetta e riprova. Controlla il dominio del destinatario e dove arriva la sua posta (record MX).',
    checkMailProgramsSettings:
      'Controlla le impostazioni del programma di posta. Se va avanti così, scrivi al tuo fornitore.',
    shareFileAsLinkInstead: 'Togli l’allegato indicato dal server e condividi il file con un link.',
    checkOwnForwarding:
      'Controlla le regole di inoltro della tua casella. Un inoltro verso un indirizzo che inoltra di nuovo a te crea un giro senza fine.',
    tellRecipientServerFault:
      'Avvisa il destinatario in un altro modo: il suo server ha rifiutato il messaggio per un problema suo. Invia di nuovo quando l’hanno risolto.',
    sendFromSignedInAddress:
      'Nel programma o nell’app di posta, imposta come mittente l’indirizzo della casella con cui accedi. Poi invia di nuovo.',
    lookUpListedDomain:
      'Cerca il tuo dominio sul sito della blacklist nominata nella risposta. Ti dice se il dominio è nell’elenco, e perché.',
    cleanUpListedDomain:
      'Chiedi a chi gestisce il tuo sito e la tua posta di cercare un sito violato o una casella che invia spam. Dopo averlo sistemato, chiedi alla blacklist di togliere il dominio.',
    allowOtherSenderAddress:
      'Vuoi inviare con un altro indirizzo? Prima aggiungilo come mittente autorizzato. Lo fai nella webmail o nel pannello di controllo del fornitore.',
    tellRecipientLoop:
      'Se non hai regole così, avvisa il destinatario in un altro modo. Il suo inoltro o il suo server fa girare il messaggio in tondo. Finché non lo correggono, inviare di nuovo non serve.',
    postFromSubscribedAddress:
      'Invia di nuovo dall’indirizzo che hai usato per entrare nella lista. Oppure fai entrare prima questo indirizzo.',
    askListOwner:
      'Se pensi di poter scrivere alla lista, chiedi a chi la gestisce. Il suo indirizzo di solito è nell’avviso.',
    askRecipientFileTypes:
      'Chiedi al destinatario, per un’altra via, quali tipi di file accetta il suo server.',
    ownMailboxMakeRoom:
      'Apri la webmail, svuota il cestino e cancella i messaggi più grandi che non ti servono.',
    ownMailboxMoreSpace: 'Se ti serve più spazio, chiedi al tuo fornitore una casella più grande.',
    trySendingSimplerMessage: 'Prova a inviare un messaggio più semplice, senza allegati insoliti.',
    readTextRuleInvolved:
      'Leggi nel testo del server quale regola cita. Poi controlla i record che dicono chi può inviare per il tuo dominio (SPF, DKIM, DMARC).',
    lookSendingIpAddress:
      'Cerca l’indirizzo da cui invii (IP) nelle blacklist. Parti da quella citata nell’errore, se c’è.',
    useProvidersServerSend:
      'Se usi il server del tuo fornitore di posta, mandagli il messaggio tornato indietro. Chiedi di togliere l’indirizzo dalla blacklist.',
    serverFindWhySent: 'Se il server è tuo, trova perché ha inviato spam, risolvi, poi chiedi la rimozione.',
    waitGreylistRetry:
      'Aspetta: il server che invia riprova da solo e di solito il messaggio arriva entro un’ora.',
    tellRecipientMailboxFull: 'Avvisa il destinatario in un altro modo che la sua casella è piena.',
    sendOnceMadeRoom: 'Invia di nuovo quando il destinatario ha fatto spazio.',
    contactRecipientAdministratorMust:
      'Avvisa il destinatario in un altro modo. Lui o chi gestisce la sua posta deve riattivarla.',
    checkDomainSpf: 'Controlla l’elenco dei server autorizzati del tuo dominio (SPF).',
    addProviderSpfInclude:
      'Aggiungi la voce del tuo fornitore di posta ($t({{providerFacts.spfText}})) o l’indirizzo da cui invii.',
    turnDkimSigningProvider: 'Attiva la firma del tuo dominio (DKIM) presso il tuo fornitore.',
    publishDkimKeyGives:
      'Pubblica la chiave che ti fornisce (DKIM) nelle impostazioni del tuo dominio (zona DNS).',
    checkSpfDkimPass:
      'Controlla che le verifiche del mittente (SPF e DKIM) siano superate per il dominio nel campo Da.',
    untilPassConsiderSetting:
      'Finché non lo sono, valuta di impostare la regola del tuo dominio (DMARC) a p=none.',
    askWhoeverRunsSending:
      'Chiedi a chi gestisce il server che invia di dare un nome al suo indirizzo (DNS inverso, PTR).',
    waitHourBeforeSending: 'Aspetta un’ora prima di inviare di nuovo.',
    spreadLargeSendingsOver:
      'Distribuisci gli invii numerosi nel tempo, o usa un servizio fatto per le newsletter.',
    send: 'Invia di nuovo il messaggio.',
    turnOnSmtpAuthInProgram:
      'Attiva «Il server della posta in uscita (SMTP) richiede l’autenticazione» nel programma di posta.',
    checkUsingProvidersOutgoing: 'Verifica di usare il server in uscita del tuo fornitore.',
    turnOnTlsInProgram:
      'Hai visto l’errore nel programma di posta? Nelle sue impostazioni attiva la cifratura (SSL/TLS) per il server della posta in uscita (SMTP).',
    reTypeUsernameFull: 'Riscrivi nome utente (indirizzo completo) e password.',
    checkSamePasswordWorks: 'Verifica che la stessa password funzioni nella webmail.',
    removeSpamLikeWording: 'Togli parole da spam, troppi link o allegati insoliti.',
    sendFromPecBox: 'Rispedisci il messaggio da una tua casella PEC.',
    askPecOwnerOrdinaryAddress:
      'Oppure chiedi al destinatario, in un altro modo, un indirizzo normale. O chiedi che la sua casella PEC accetti la posta normale.',
  },
  formats: {
    dsn: 'Rapporto di consegna standard (RFC 3464)',
    postfix: 'Messaggio tornato indietro da Postfix',
    exim: 'Messaggio tornato indietro da Exim',
    sendmail: 'Messaggio tornato indietro da Sendmail',
    qmail: 'Messaggio tornato indietro da qmail',
    exchange: 'Messaggio tornato indietro da Microsoft Exchange / Microsoft 365',
    gmail: 'Messaggio tornato indietro da Gmail',
    exchange2003: 'Messaggio tornato indietro da Microsoft Exchange 2000/2003',
    yahoo: 'Messaggio tornato indietro da Yahoo / AOL',
    zoho: 'Messaggio tornato indietro da Zoho Mail',
    gmx: 'Messaggio tornato indietro da GMX / mail.com',
    opensmtpd: 'Messaggio tornato indietro da OpenSMTPD',
    dragonfly: 'Messaggio tornato indietro da DragonFly Mail Agent',
    googlegroups: 'Rifiuto di Google Gruppi',
    imailserver: 'Messaggio tornato indietro da IMail Server',
    interscanmss: 'Messaggio tornato indietro da Trend Micro InterScan',
    domino: 'Messaggio tornato indietro da HCL Domino / Lotus Notes',
    italian: 'Avviso di mancato recapito in italiano',
    amazonses: 'Notifica di Amazon SES',
    mailfoundry: 'Messaggio tornato indietro da MailFoundry',
    mimecast: 'Messaggio tornato indietro da Mimecast',
    verizon: 'Messaggio tornato indietro dal servizio SMS di Verizon Wireless',
    biglobe: 'Messaggio tornato indietro da BIGLOBE',
    ezweb: 'Messaggio tornato indietro da au (KDDI) ezweb',
    fml: 'Avviso della lista di distribuzione fml',
    mxlogic: 'Messaggio tornato indietro da MX Logic (McAfee)',
    mail2000: 'Messaggio tornato indietro da Openfind Mail2000',
    intermail: 'Messaggio tornato indietro da Critical Path / Openwave InterMail (TIM, Alice)',
    arf: 'Segnalazione di reclamo (RFC 5965)',
    unsubscribe: 'Richiesta di disiscrizione (Apple Mail)',
    autoreply: 'Risposta automatica (RFC 3834)',
    virus: 'Avviso di un antivirus',
    pec: 'Ricevuta di posta certificata (PEC)',
    receipt: 'Conferma di recapito (il messaggio è arrivato)',
    text: 'Testo semplice (nessuno schema noto)',
    none: 'Nulla di riconosciuto',
  },
  cli: {
    emptyCode: 'Indica un codice come 550 o 5.7.1, oppure una riga di testo del server.',
    notACode:
      'Questo non è un codice di risposta, un codice esteso o un testo del server che riconosciamo: "{{input}}".',
    emptyBounce: 'Il messaggio tornato indietro è vuoto.',
    unreadable: 'Impossibile leggere il file "{{file}}".',
    msgUnreadable: '"{{file}}" sembra un messaggio di Outlook (.msg), ma non si può aprire.',
    fileTooLarge: '"{{file}}" è troppo grande per leggerlo come messaggio.',
    noBounce: 'In questo testo non ci sono informazioni di un messaggio tornato indietro.',
    tooSlow:
      'La lettura di questo messaggio tornato indietro richiedeva troppo tempo: è stata interrotta dopo {{seconds}} secondi.',
    labels: {
      code: 'Codice',
      enhanced: 'Codice esteso',
      class: 'Classe del codice',
      whoActs: 'Chi deve intervenire',
      retry: 'Riprovare',
      causes: 'Cause probabili',
      steps: 'Cosa fare',
      checks: 'Verifiche da fare',
      serverText: 'Il testo del server dice',
      programText: 'Il programma di posta dice',
      notes: 'Note',
      format: 'Formato',
      recipient: 'Destinatario',
      remoteMta: 'Server che riceve',
      reportingMta: 'Server che ha scritto l’avviso',
      sendingIp: 'IP di invio',
      diagnostic: 'Messaggio del server',
      truncated:
        'Il testo è troppo lungo: è stata letta solo la prima parte, e quanto indicato sopra viene da lì.',
    },
    classNames: {
      connection: 'Errore di connessione (programma di posta)',
      success: 'Riuscito',
      intermediate: 'In attesa del seguito',
      transient: 'Errore temporaneo',
      permanent: 'Errore definitivo',
    },
  },
}
