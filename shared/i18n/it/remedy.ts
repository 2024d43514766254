import type { RemedyTexts } from '../../knowledge/remedies'

/** Texts of the remedies of shared/knowledge/remedies.ts, by remedy id (Italian). */
export default {
  'domain-expired': {
    title: 'Rinnova il tuo dominio',
    summary: 'Il tuo dominio è scaduto o sospeso, quindi nessuna email può arrivare né partire.',
    steps: [
      'Accedi al pannello dell’azienda presso cui hai registrato il dominio{{panel.domains}}.',
      'Apri il dominio: se è scaduto, lo vedi indicato in cima alla pagina.',
      'Rinnovalo e paga eventuali fatture aperte. La posta riprende a funzionare entro poche ore dal rinnovo.',
    ],
  },
  'renew-offer': {
    title: 'Rinnova il servizio di posta',
    summary: 'Un’offerta email scaduta o non pagata, o l’hosting a cui è collegata, blocca le caselle.',
    steps: [
      'Accedi al pannello del tuo fornitore e apri la sezione fatture o rinnovi.',
      'Paga le fatture aperte e rinnova il servizio scaduto (l’offerta email, o l’hosting web a cui appartiene).',
      'Attiva il rinnovo automatico perché non succeda più.',
      'Aspetta qualche minuto, poi riprova a inviare e ricevere.',
    ],
  },
  'check-offer-status': {
    title: 'Controlla che i servizi siano attivi',
    summary: 'Prima di tutto assicurati che dominio, offerta email e hosting siano attivi.',
    steps: [
      'Accedi al pannello del tuo fornitore.',
      'Controlla il dominio: non deve essere scaduto{{panel.domains}}.',
      'Controlla l’offerta email e lo stato del tuo indirizzo{{panel.emailState}}.',
      'Controlla fatture e rinnovi in sospeso e regolarizzali.',
    ],
  },
  'client-settings': {
    title: 'Correggi le impostazioni del programma di posta',
    summary:
      'La webmail funziona, quindi il servizio è a posto: c’è un’impostazione sbagliata nel programma di posta.',
    steps: [
      'Apri le impostazioni dell’account nel programma di posta (Outlook, Mail di Apple, Thunderbird, l’app Mail del telefono).',
      'Confronta server in entrata e in uscita, porta, sicurezza e nome utente con la scheda qui sotto e correggi le differenze.',
      'Il nome utente è l’indirizzo email completo. Riscrivi la password: potrebbe essere cambiata.',
      'Verifica che il server in uscita richieda l’accesso (di solito «Il server in uscita richiede l’autenticazione»).',
      'Salva, poi mandati un messaggio di prova.',
    ],
  },
  'try-webmail': {
    title: 'Prova la webmail',
    summary: 'Provare la webmail ci dice se il guasto è nel programma di posta o nel servizio.',
    steps: [
      'Apri nel browser la pagina webmail del tuo fornitore.',
      'Accedi con l’indirizzo email completo e la sua password.',
      'Mandati un messaggio e controlla che arrivi.',
      'Se funziona, il problema è nel programma di posta: scegli «No» qui sotto per continuare.',
    ],
  },
  'reset-password': {
    title: 'Controlla la password o impostane una nuova',
    summary: 'La password scritta non è quella che la casella si aspetta.',
    steps: [
      'Controlla che il blocco maiuscole sia disattivato e di aver scritto l’indirizzo completo come nome utente.',
      'Nel pannello apri la tua offerta email e la scheda Account email{{panel.changePassword}}.',
      'Imposta una nuova password, aspetta qualche minuto e accedi alla webmail con quella.',
      'Inserisci la nuova password in tutti i programmi e i telefoni che usano questo indirizzo.',
    ],
  },
  'security-policy': {
    title: 'Aspetta la fine del blocco, o chiedi di toglierlo',
    summary: 'Una regola di sicurezza ha bloccato l’account, per esempio dopo diverse password sbagliate.',
    steps: [
      'Di solito il blocco finisce da solo dopo il tempo previsto dalla politica di sicurezza: aspetta e riprova con la password giusta.',
      'Se gestisci tu il servizio, guarda nel pannello la politica di sicurezza della piattaforma Exchange per sapere quanto dura il blocco.',
      'Se non puoi aspettare, chiedi al supporto del fornitore di sbloccare l’account.',
      'Aggiorna la password su ogni telefono e programma: uno con la password vecchia può bloccare di nuovo l’account.',
    ],
  },
  'two-factor': {
    title: 'Usa o reimposta la verifica in due passaggi',
    summary: 'L’account chiede un secondo codice (verifica in due passaggi), disponibile per Exchange.',
    steps: [
      'Apri sul telefono l’app di autenticazione che hai configurato per questo account e scrivi il codice che mostra.',
      'Se hai perso il telefono, chiedi a chi gestisce il servizio Exchange di disattivare la verifica in due passaggi per il tuo account nel pannello.',
      'Configurala di nuovo sul nuovo telefono appena riesci ad accedere.',
    ],
  },
  'wait-incident': {
    title: 'Aspetta che il fornitore finisca',
    summary: 'Il tuo fornitore sta lavorando sul servizio: da parte tua non c’è nulla da cambiare.',
    steps: [
      'Segui il guasto sulla pagina di stato: indica quando si prevede la fine dei lavori.',
      'Nel frattempo non cambiare impostazioni né password.',
      'I messaggi inviati a te di solito vengono conservati dai server dei mittenti e consegnati più tardi.',
      'Quando il guasto è chiuso, riprova.',
    ],
  },
  'fix-mx': {
    title: 'Fai puntare la posta del dominio al tuo servizio email',
    summary: 'I record MX del dominio dicono a tutti quale server riceve la tua posta, e non sono corretti.',
    steps: [
      'Accedi dove gestisci la zona DNS del dominio{{panel.dnsZone}}.',
      'Modifica i record MX esattamente come indica la nostra verifica: aggiungi quelli mancanti, elimina quelli che puntano altrove.',
      'Salva. La modifica arriva a tutti entro qualche ora (fino a 24).',
      'Avvia di nuovo MailDoctor per conferma.',
    ],
  },
  'fix-srv': {
    title: 'Aggiungi il record Autodiscover per Exchange',
    summary: 'Outlook trova le impostazioni di Exchange tramite un record SRV che manca o è sbagliato.',
    steps: [
      'Apri la zona DNS del dominio{{panel.dnsZone}}.',
      'Aggiungi un record SRV per _autodiscover._tcp con priorità {{ovh.autodiscoverPriority}}, peso {{ovh.autodiscoverWeight}}, porta {{ovh.autodiscoverPort}} e la destinazione indicata dalla nostra verifica.',
      'Salva, aspetta qualche ora, poi configura di nuovo Outlook.',
    ],
  },
  'sending-server-unreachable': {
    title: 'Il computer non raggiunge il server della posta in uscita',
    summary: 'Da questa rete il server del fornitore non ha risposto su nessuna delle due porte di invio.',
    steps: [
      'Controlla che il computer sia in linea e riprova da un’altra rete (per esempio l’hotspot del telefono).',
      'Un firewall o un antivirus può bloccare la posta: autorizza il programma di posta, oppure prova a disattivarlo per un momento.',
      'Se da un’altra rete funziona, la rete di prima blocca la posta: chiedi a chi la gestisce.',
      'Se non funziona da nessuna parte, il server del fornitore potrebbe essere fermo: contatta il fornitore.',
    ],
  },
  'account-state': {
    title: 'Controlla l’account: password, blocco o sospensione',
    summary:
      'Il server della posta in uscita risponde, quindi la causa più probabile è l’account: password sbagliata, blocco per spam o sospensione.',
    steps: [
      'Nel pannello apri la tua offerta email e la scheda Account email e guarda lo stato dell’indirizzo.',
      'Se risulta bloccato per spam, apri l’email che il fornitore ti ha mandato sul blocco e rispondi per sbloccare l’account; controlla anche che i computer non abbiano virus.',
      'Se è sospeso, rinnovalo o riattivalo.',
      'Altrimenti imposta una nuova password e riscrivila nel programma di posta; confronta le impostazioni in uscita con la scheda qui sotto.',
    ],
  },
  'mail-server-unreachable': {
    title: 'I server che ricevono la tua posta non rispondono',
    summary:
      'Il dominio li indica correttamente, ma non ci hanno risposto: solo il tuo fornitore può rimetterli in funzione.',
    steps: [
      'Guarda la pagina di stato del tuo fornitore: forse sta già risolvendo un guasto.',
      'Se lì non è segnalato nulla, contatta il fornitore e mandagli il riepilogo di questa verifica: i suoi server che ricevono la tua posta non hanno risposto.',
      'Nel frattempo i server di chi ti scrive continuano a riprovare per qualche giorno: la maggior parte dei messaggi arriverà quando i server risponderanno di nuovo.',
    ],
  },
  'receive-elsewhere': {
    title: 'Controlla i filtri e chiedi al mittente',
    summary:
      'Quando la posta non si vede, di solito l’ha spostata un filtro, oppure si è fermata dal mittente.',
    steps: [
      'Guarda nella cartella spam o posta indesiderata, anche in webmail.',
      'Controlla regole, filtri e inoltri in webmail: una regola può spostare o cancellare i messaggi.',
      'Controlla che la casella non sia piena.',
      'Chiedi al mittente se il suo messaggio è tornato indietro con un errore e riavvia MailDoctor con quel messaggio.',
    ],
  },
  'bounce-not-error': {
    title: 'Non è un errore',
    summary: 'Il codice indica che il messaggio è stato accettato o è in lavorazione.',
    steps: [
      'Non c’è nulla da fare. Se il messaggio non arriva, chiedi al destinatario di guardare nella cartella spam.',
    ],
  },
  'account-blocked': {
    title: 'L’accesso è stato rifiutato: controlla password e account',
    summary: 'Il server ha rifiutato nome utente e password, oppure l’account è bloccato per l’invio.',
    steps: [
      'Riscrivi la password nel programma di posta, usando l’indirizzo completo come nome utente.',
      'Nel pannello guarda lo stato dell’indirizzo; se è bloccato per spam, rispondi all’email che il fornitore ti ha mandato.',
      'Se serve, imposta una nuova password e inseriscila ovunque usi questo indirizzo.',
    ],
  },
  'sending-limits': {
    title: 'Resta entro i limiti di invio',
    summary:
      'Il server ha rifiutato l’indirizzo del mittente o del destinatario, spesso perché sono stati inviati troppi messaggi.',
    steps: [
      'Controlla che gli indirizzi di mittente e destinatario non abbiano errori di battitura.',
      'Invia meno messaggi alla volta: da OVHcloud il limite è di {{ovh.perAccountPerHour}} messaggi all’ora per account e {{ovh.perIpPerHour}} all’ora per indirizzo IP.',
      'Per newsletter e invii di massa usa un servizio fatto apposta.',
      'Aspetta un’ora e invia di nuovo.',
    ],
  },
  delist: {
    title: 'Togli il server dalla blacklist',
    summary:
      'Un indirizzo dei tuoi server di posta è in una blacklist, quindi gli altri server rifiutano i tuoi messaggi.',
    steps: [
      'Annota la blacklist e l’indirizzo che contiene: li indica la nostra verifica o il messaggio di errore.',
      'Se usi i server del fornitore, mandagli questo riepilogo o il messaggio tornato indietro: è lui che deve chiedere la rimozione.',
      'Se il server è tuo, trova ed elimina la causa (un virus, un account violato, un relay aperto), poi chiedi la rimozione sul sito della lista.',
      'Dopo la rimozione, invia di nuovo il messaggio.',
    ],
  },
  'recipient-domain-broken': {
    title: 'Il dominio del destinatario non può ricevere posta',
    summary:
      'O l’indirizzo ha un errore di battitura, oppure il dominio del destinatario non ha un server di posta funzionante, e solo chi lo gestisce può rimediare.',
    steps: [
      'Controlla che la parte dopo la @ dell’indirizzo non abbia errori di battitura.',
      'Avvisa il destinatario con un altro mezzo (telefono, un altro indirizzo) che il suo dominio non riceve posta.',
      'Manda questo riepilogo a lui o al suo amministratore.',
    ],
  },
  'recipient-address': {
    title: 'Controlla l’indirizzo del destinatario',
    summary: 'Il server del destinatario dice che l’indirizzo non esiste o lo rifiuta.',
    steps: [
      'Controlla l’indirizzo lettera per lettera; cerca lettere scambiate o un indirizzo vecchio.',
      'Chiedi al destinatario, con un altro mezzo, il suo indirizzo attuale.',
      'Invia di nuovo il messaggio all’indirizzo giusto.',
    ],
  },
  'recipient-full': {
    title: 'La casella del destinatario è piena',
    summary: 'Da parte tua è tutto a posto: il destinatario non ha più spazio.',
    steps: [
      'Avvisa il destinatario con un altro mezzo che la sua casella è piena.',
      'Invia di nuovo il messaggio quando avrà fatto spazio.',
    ],
  },
  'retry-later': {
    title: 'Aspetta e riprova',
    summary: 'Il problema è temporaneo: di solito i server riprovano da soli.',
    steps: [
      'Aspetta un’ora: la maggior parte degli errori temporanei si risolve da sola e il tuo server riprova.',
      'Se dopo qualche giorno il messaggio torna indietro in modo definitivo, ricomincia con il nuovo messaggio di errore.',
    ],
  },
  'bounce-explained': {
    title: 'Che cosa significa l’errore e cosa fare',
    summary:
      'Il server ha rifiutato il messaggio in modo definitivo. La spiegazione qui sotto dice perché e chi può rimediare.',
    steps: [
      'Segui i passi della spiegazione qui sotto.',
      'Invia di nuovo il messaggio solo dopo aver eliminato la causa.',
    ],
  },
  'bounce-unreadable': {
    title: 'Non abbiamo trovato un codice in questo messaggio',
    summary: 'Il testo non contiene un codice di risposta che sappiamo leggere.',
    steps: [
      'Cerca nel messaggio tornato una riga con un numero di tre cifre come 550, o un codice come 5.1.1.',
      'Incolla solo quella riga, oppure tutto il messaggio con le intestazioni.',
    ],
  },
  offline: {
    title: 'Sembri senza connessione, oppure la tua rete blocca le verifiche',
    summary:
      'Nessuna delle nostre verifiche ha avuto risposta, quindi per ora non possiamo dire che cosa non va nella tua posta. Qualsiasi consiglio adesso non si baserebbe su fatti.',
    steps: [
      'Controlla che questo computer sia collegato: apri un sito qualsiasi.',
      'Se sei su una rete d’ufficio, di un albergo o pubblica, potrebbe bloccare queste verifiche: prova un’altra rete, per esempio l’hotspot del telefono.',
      'Sospendi per un momento VPN, firewall o la protezione web dell’antivirus.',
      'Poi scegli «Verifica di nuovo».',
    ],
  },
  'domain-not-found': {
    title: 'Questo dominio non esiste',
    summary:
      'Nessuno può mandare posta a un dominio che non esiste, quindi probabilmente l’indirizzo è scritto male.',
    steps: [
      'Controlla lettera per lettera la parte dopo la @: basta una lettera mancante o invertita.',
      'Correggila qui sotto e verifica di nuovo.',
      'Se il dominio è giusto e prima funzionava, la registrazione potrebbe essere stata cancellata: contatta la società presso cui l’hai registrato.',
    ],
  },
  'account-refused': {
    title: 'Il server ha rifiutato l’accesso: l’account va controllato',
    summary: 'Il server della posta in uscita risponde, ma non accetta questo indirizzo con questa password.',
    steps: [
      'Scrivi di nuovo la password nel programma di posta, con l’indirizzo email completo come nome utente.',
      'Se non sei sicuro della password, impostane una nuova dal pannello di controllo del fornitore e usala ovunque.',
      'Guarda lo stato dell’indirizzo nel pannello di controllo: può essere bloccato dopo troppi tentativi, bloccato per spam o sospeso.',
      'Se il fornitore usa l’accesso moderno o la verifica in due passaggi, il programma potrebbe aver bisogno di una password per le app o di accedere di nuovo dalla pagina del fornitore.',
    ],
  },
  'webmail-page': {
    title: 'Fai aprire la pagina della webmail',
    summary:
      'Quando la pagina della webmail non si apre, di solito la causa è il suo indirizzo o il browser.',
    steps: [
      'Controlla l’indirizzo della webmail: usa quello indicato dal fornitore, per esempio nelle sue guide o nell’email di benvenuto.',
      'Prova con un altro browser, o con una finestra privata.',
      'Se ancora non si apre, contatta il fornitore e digli che la pagina della webmail non si carica.',
    ],
  },
  'add-mx': {
    title: 'Aggiungi i record MX del tuo fornitore di posta',
    steps: [
      'Trova i record MX che il tuo fornitore di posta richiede (li indicano le sue guide o il suo pannello).',
      'Apri la zona DNS del dominio e aggiungili, ciascuno con il suo numero di priorità.',
      'Aspetta che la modifica si propaghi, poi ripeti il controllo.',
    ],
  },
  'domain-missing': {
    title: 'Verifica che il dominio esista e sia attivo',
    steps: [
      'Controlla come è scritto il dominio.',
      'Accedi al registrar dove l’hai acquistato e verifica che sia registrato e non scaduto.',
      'Se è scaduto, rinnovalo; la posta tornerà a funzionare quando il DNS sarà di nuovo attivo.',
    ],
  },
  'dns-trouble': {
    title: 'I server DNS non rispondono come dovrebbero',
    steps: [
      'Ripeti il controllo tra qualche minuto: il problema potrebbe essere passeggero.',
      'Se resta, contatta chi gestisce il DNS del tuo dominio e indica quale nome e quale errore mostra il controllo.',
    ],
  },
  'fix-spf': {
    title: 'Correggi il record SPF',
    steps: [
      'Apri la zona DNS del dominio e trova il record TXT che comincia con v=spf1.',
      'Tieni un solo record di questo tipo, che includa i server del tuo fornitore e finisca con ~all o -all.',
      'Salva, aspetta che la modifica si propaghi, poi ripeti il controllo.',
    ],
  },
  'reduce-spf-lookups': {
    title: 'Porta il record SPF sotto le {{spf.lookupLimit}} ricerche',
    steps: [
      'Togli gli include dei servizi che non usi più.',
      'Sostituisci gli include che contengono pochi indirizzi fissi con gli indirizzi stessi (ip4: o ip6:).',
      'Chiedi ai servizi che richiedono molte ricerche (newsletter) di spedire da un loro sottodominio.',
      'Ripeti il controllo e verifica che il conteggio sia {{spf.lookupLimit}} o meno.',
    ],
  },
  'add-dmarc': {
    title: 'Aggiungi un record DMARC',
    steps: [
      'Apri la zona DNS del dominio.',
      'Aggiungi un record TXT di nome _dmarc con il valore v=DMARC1; p=none; rua=mailto:un tuo indirizzo.',
      'Dopo qualche settimana di rapporti senza sorprese, cambia p=none in p=quarantine.',
    ],
  },
  'fix-dmarc': {
    title: 'Correggi il record DMARC',
    steps: [
      'Apri la zona DNS del dominio e trova il record TXT di nome _dmarc.',
      'Tienine uno solo, che cominci con v=DMARC1 e abbia p= uguale a none, quarantine o reject.',
      'Salva e ripeti il controllo.',
    ],
  },
  'authorise-dmarc-reports': {
    title: 'Fai accettare i rapporti all’indirizzo che li riceve',
    steps: [
      'Chiedi a chi gestisce il dominio dell’indirizzo dei rapporti di pubblicare il record di autorizzazione indicato qui sopra (valore v=DMARC1).',
      'Oppure fai arrivare i rapporti a un indirizzo del tuo dominio.',
    ],
  },
  'fix-dkim': {
    title: 'Pubblica una chiave DKIM valida',
    steps: [
      'Nel pannello del tuo fornitore di posta, trova l’impostazione DKIM e attivala, oppure crea una nuova chiave da 2048 bit.',
      'Copia il record che ti viene dato nella zona DNS, identico e tutto intero.',
      'Aspetta che la modifica si propaghi, poi ripeti il controllo indicando quel selettore.',
    ],
  },
  'fix-mta-sts': {
    title: 'Correggi il record MTA-STS',
    steps: [
      'Tieni un solo record TXT di nome _mta-sts, con valore v=STSv1; id= seguito da lettere e cifre.',
      'Cambia l’id ogni volta che modifichi il file della politica.',
    ],
  },
  'ask-ptr': {
    title: 'Chiedi un nome inverso (PTR) per l’indirizzo del server di posta',
    steps: [
      'Il nome inverso lo imposta chi possiede l’indirizzo (il fornitore di hosting o di connessione), non la zona del tuo dominio.',
      'Chiedi di impostare il PTR dell’indirizzo sul nome del server, e verifica che quel nome punti di nuovo allo stesso indirizzo.',
    ],
  },
  'dnsbl-resolver': {
    title: 'Controlla le blacklist in un altro modo',
    steps: [
      'Le blacklist respingono le domande dei grandi resolver pubblici: ripeti il controllo con il DNS del tuo fornitore, oppure',
      'cerca l’indirizzo direttamente sulla pagina web della blacklist.',
    ],
  },
  'wait-propagation': {
    title: 'Aspetta che la modifica arrivi a tutti i server DNS',
    steps: [
      'Se hai cambiato i record da poco, aspetta almeno quanto il TTL indicato, poi ricontrolla.',
      'Se dopo un giorno i server non sono ancora d’accordo, avvisa chi gestisce il tuo DNS che un server non è aggiornato.',
    ],
  },
  'use-port-587': {
    title: 'Invia tramite la porta {{ports.submission}} o {{ports.submissions}} invece della {{ports.smtp}}',
    steps: [
      'Apri le impostazioni dell’account nel programma di posta e trova il server in uscita (SMTP).',
      'Imposta la porta {{ports.submission}} con STARTTLS, oppure la porta {{ports.submissions}} con SSL/TLS.',
      'Assicurati che il server in uscita richieda l’accesso, con lo stesso nome utente e la stessa password della ricezione.',
      'Salva e invia un messaggio di prova a te stesso.',
    ],
  },
  'check-network': {
    title: 'Escludi un problema della tua rete',
    steps: [
      'Riprova da un’altra connessione, per esempio l’hotspot del telefono.',
      'Se lì funziona, un firewall, un antivirus o la rete che usavi blocca le connessioni di posta.',
      'Sospendi la protezione email dell’antivirus o chiedi all’amministratore di rete di consentire le porte della posta.',
    ],
  },
  'check-server-name': {
    title: 'Controlla nome del server e porta nelle impostazioni',
    steps: [
      'Apri le impostazioni dell’account nel programma di posta.',
      'Confronta nomi e porte dei server in entrata e in uscita con quelli indicati dal tuo fornitore.',
      'Correggi eventuali errori di battitura, salva e riprova.',
    ],
  },
  'provider-status': {
    title: 'Controlla se il tuo fornitore ha un disservizio',
    steps: [
      'Apri la pagina dello stato dei servizi o delle manutenzioni del tuo fornitore.',
      'Se è segnalato un incidente, attendi che sia risolto e riprova.',
      'Se non è segnalato nulla e il problema continua, contatta il fornitore con questo riepilogo.',
    ],
  },
  'use-ssl-port': {
    title: 'Usa la porta cifrata (SSL/TLS)',
    steps: [
      'Apri le impostazioni dell’account nel programma di posta.',
      'Scegli SSL/TLS come sicurezza e usa la porta {{ports.submissions}} per l’invio, {{ports.imaps}} per IMAP o {{ports.pop3s}} per POP3.',
      'Salva e riprova.',
    ],
  },
  'certificate-provider': {
    title: 'Chiedi al fornitore di correggere il certificato del server',
    steps: [
      'Non accettare per sempre un avviso sul certificato: protegge la tua password.',
      'Controlla che il nome del server nelle impostazioni sia esattamente quello indicato dal fornitore.',
      'Se lo è, invia questo riepilogo al fornitore: il certificato del server va rinnovato o completato.',
    ],
  },
  'check-clock': {
    title: 'Controlla data e ora del computer',
    steps: [
      'Apri le impostazioni di data e ora del computer.',
      'Attiva data e ora automatiche e controlla il fuso orario.',
      'Riprova.',
    ],
  },
  'unblock-account': {
    title: 'Controlla se l’account è bloccato per spam',
    steps: [
      'Accedi al pannello di controllo del fornitore e apri l’elenco degli account email.',
      'Cerca accanto all’indirizzo un’indicazione come «SPAM» o «bloccato».',
      'Segui le istruzioni del fornitore per sbloccarlo (spesso rispondendo al messaggio che ti ha inviato) e cambia la password.',
      'Controlla i computer con un antivirus: la causa più comune è una password rubata.',
    ],
  },
  'app-password': {
    title: 'Crea una password per le app',
    steps: [
      'Apri le impostazioni di sicurezza del tuo account presso il fornitore.',
      'Crea una password per le app dedicata al programma di posta.',
      'Usa quella password nel programma di posta al posto di quella solita.',
    ],
  },
  'use-modern-sign-in': {
    title: 'Fai accedere il programma di posta dalla pagina del tuo fornitore',
    summary:
      'Il tuo fornitore non accetta più la password della casella dai programmi di posta: si accede dalla sua pagina, oppure con una password per le app.',
    steps: [
      'Rimuovi l’account dal programma di posta (la posta resta sul server), poi aggiungilo di nuovo indicando solo il tuo indirizzo email.',
      'Outlook, Thunderbird, Apple Mail e le app di posta di iPhone e Android offrono “Accedi con Microsoft” o “Accedi con Google” (in Thunderbird: metodo di autenticazione OAuth2): sceglilo.',
      'Accedi nella pagina che si apre, con la tua password solita e il secondo passaggio se lo hai attivato.',
      'Se il programma non ha questa possibilità, crea invece una password per le app, oppure usa un programma che ce l’ha.',
    ],
  },
  'tenant-smtp-auth': {
    title:
      'Per chi gestisce la vostra organizzazione Microsoft 365: consentire l’accesso SMTP per questa casella',
    steps: [
      'Nell’interfaccia di amministrazione di Microsoft 365 apri Utenti › Utenti attivi, scegli la casella, poi Posta › Gestisci app di posta elettronica.',
      'Spunta “SMTP autenticato” e salva; l’effetto può richiedere fino a un’ora.',
      'Se è disattivato per tutta l’organizzazione (interfaccia di amministrazione di Exchange › Impostazioni › Flusso di posta), la scelta va fatta lì; Microsoft consiglia invece l’accesso moderno.',
    ],
  },
  'contact-recipient-admin': {
    title: 'Deve intervenire l’amministratore di posta del destinatario',
    steps: [
      'Manda al destinatario il messaggio tornato indietro, in un altro modo, e chiedigli di girarlo al suo tecnico o fornitore di posta.',
      'Rimanda quando confermano la correzione.',
    ],
  },
  'check-mx': {
    title: 'Controlla che il dominio punti al tuo servizio di posta',
    steps: [
      'Esegui i controlli DNS di questa app per il tuo dominio.',
      'Confronta i record MX con quelli previsti dalla tua offerta di posta.',
      'Se sono diversi, correggili nella zona DNS del dominio; le modifiche possono richiedere alcune ore per propagarsi.',
    ],
  },
  'contact-recipient': {
    title: 'Deve intervenire il destinatario',
    steps: [
      'Spiega al destinatario in un altro modo (telefono, chat) cosa dice l’errore.',
      'Chiedigli di risolvere (svuotare la casella, riattivarla, autorizzare il tuo indirizzo).',
      'Rimanda quando te lo conferma.',
    ],
  },
  'fix-auth-records': {
    title: 'Sistema SPF, DKIM e DMARC del tuo dominio',
    steps: [
      'Apri la zona DNS del tuo dominio.',
      'Fai in modo che il record SPF elenchi tutti i server da cui invii (per OVHcloud: {{ovh.spfInclude}}).',
      'Attiva DKIM presso il tuo fornitore e pubblica la sua chiave.',
      'Pubblica un record DMARC; inizia con p=none.',
    ],
  },
  'enable-smtp-auth': {
    title: 'Fai l’accesso al server in uscita',
    steps: [
      'Apri le impostazioni dell’account nel programma di posta.',
      'Attiva “il server in uscita (SMTP) richiede l’autenticazione”.',
      'Usa l’indirizzo email completo e la sua password.',
      'Usa la porta {{ports.submission}} con STARTTLS o la {{ports.submissions}} con SSL/TLS, poi rimanda.',
    ],
  },
  'check-client-settings': {
    title: 'Controlla le impostazioni del programma di posta',
    steps: [
      'Confronta nome del server, porta e sicurezza con le impostazioni del tuo fornitore.',
      'Sospendi il controllo della posta di antivirus o firewall e riprova.',
      'Prova da un’altra rete.',
    ],
  },
  'reduce-size': {
    title: 'Rendi il messaggio più leggero',
    steps: [
      'Controlla la dimensione totale degli allegati.',
      'Comprimili, oppure condividili con un link da cui scaricarli.',
      'Dividi gli invii pesanti in più messaggi.',
    ],
  },
  'contact-provider': {
    title: 'Deve intervenire il tuo fornitore di posta',
    steps: [
      'Apri una richiesta di assistenza presso il tuo fornitore.',
      'Allega il messaggio tornato indietro completo e l’ora in cui hai inviato il messaggio.',
    ],
  },
  'late-diagnosis': {
    title: 'Dove si è perso tempo',
    summary: 'Le annotazioni dei server mostrano dove il messaggio ha atteso e cosa lo risolve.',
    steps: ['Comincia dal primo rimedio qui sotto: è quello che le intestazioni indicano con più chiarezza.'],
  },
  'spam-diagnosis': {
    title: 'Perché il messaggio è stato giudicato spam',
    summary:
      'I controlli del server che l’ha ricevuto e il suo filtro antispam mostrano cosa sistemare e chi può farlo.',
    steps: [
      'Comincia dal primo rimedio qui sotto, poi invia un nuovo messaggio di prova e rileggi le sue intestazioni.',
    ],
  },
  'outbox-delay': {
    title: 'Il messaggio ha atteso {{duration}} prima di partire dal mittente',
    steps: [
      'L’orario scritto sul messaggio è {{duration}} prima del momento in cui il primo server ({{host}}) l’ha preso: il messaggio è rimasto nel programma di posta del mittente.',
      'Guarda nella Posta in uscita del programma che l’ha inviato: i messaggi restano lì se il computer è scollegato, il programma è chiuso o l’invio non riesce.',
      'Verifica che il programma riesca a inviare (la prova del server in uscita di MailDoctor), poi invia di nuovo.',
    ],
  },
  'sender-clock': {
    title: 'L’orologio del computer del mittente è sbagliato',
    steps: [
      'Il messaggio porta un orario {{duration}} dopo il momento in cui il primo server l’ha preso: l’orologio del computer o del telefono che l’ha scritto è avanti.',
      'Imposta l’aggiornamento automatico di data e ora, poi invia di nuovo.',
    ],
  },
  'server-clock-skew': {
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
      'Se succede ogni volta, l’amministratore del destinatario può mettere il tuo server della posta in uscita nell’elenco delle eccezioni del greylisting.',
    ],
  },
  'recipient-server-delay': {
    title: 'L’attesa è avvenuta sul server del destinatario',
    steps: [
      'Il messaggio è arrivato presto al server del destinatario, poi ha atteso {{duration}} tra {{host}} e {{next}} (dentro il sistema del destinatario: antispam, antivirus o una coda).',
      'Chi invia non può farci nulla: l’amministratore della posta del destinatario può cercare il messaggio nei log di {{next}}.',
    ],
  },
  'sender-server-delay': {
    title: 'L’attesa è avvenuta presso il fornitore del mittente',
    steps: [
      'Il messaggio ha atteso {{duration}} tra {{host}} e {{next}}, entrambi server del fornitore del mittente.',
      'Controlla sulla pagina di stato del fornitore se ci sono rallentamenti, e invia un nuovo messaggio di prova.',
      'Se succede ancora, scrivi al fornitore indicando l’orario e il nome {{host}}: nei loro log vedono il motivo.',
    ],
  },
  'hand-over-delay': {
    title: 'L’attesa è avvenuta nel passaggio al server del destinatario',
    steps: [
      '{{host}} ha impiegato {{duration}} per consegnare il messaggio a {{next}}.',
      'Di solito il server che riceve ha chiesto di riprovare più tardi (occupato, greylisting, un blocco temporaneo), oppure la coda del server che invia era lenta.',
      'Il fornitore del mittente vede il motivo nei log di {{host}}: scrivigli indicando l’orario del messaggio.',
    ],
  },
  'no-delay-in-headers': {
    title: 'I server hanno consegnato il messaggio senza ritardi',
    steps: [
      'L’ultimo server ha preso il messaggio alle {{at}} (UTC), subito dopo l’invio: i server non l’hanno trattenuto.',
      'Se l’hai visto molto più tardi, l’attesa è nel programma di posta: controlla ogni quanto cerca nuova posta (per esempio ogni 30 minuti), o se era chiuso.',
      'Sul telefono, controlla che l’app di posta possa aggiornarsi anche quando non la stai usando.',
    ],
  },
  'spf-authorise-server': {
    title: 'Autorizza il server della posta in uscita nel record SPF di {{domain}}',
    steps: [
      'Apri la zona DNS di {{domain}} presso chi la gestisce.',
      'Trova il record TXT di {{record}} che inizia con “v=spf1” (deve essercene uno solo).',
      'Aggiungi {{mechanism}} prima del “~all” o “-all” finale. Se il record non c’è, crea un record TXT: {{value}}',
      'Salva, attendi che la modifica si propaghi (fino a qualche ora), poi invia un nuovo messaggio di prova.',
    ],
  },
  'spf-create': {
    title: 'Crea il record SPF di {{domain}}',
    steps: [
      'Apri la zona DNS di {{domain}} presso chi la gestisce.',
      'Crea un record TXT per {{record}} con il valore: {{value}}',
      'Salva, attendi che la modifica si propaghi (fino a qualche ora), poi invia un nuovo messaggio di prova.',
    ],
  },
  'spf-ask-value': {
    title: 'Correggi il record SPF di {{domain}}',
    steps: [
      'Il server che ha ricevuto il messaggio non ha trovato il server della posta in uscita nel record SPF di {{domain}}.',
      'Chiedi al tuo fornitore di posta il valore da aggiungere all’SPF (di solito un “include:”), poi aggiungilo al record TXT di {{record}} che inizia con “v=spf1”.',
      'Salva, attendi che la modifica si propaghi, poi invia un nuovo messaggio di prova.',
    ],
  },
  'spf-repair': {
    title: 'Il record SPF di {{domain}} è rotto',
    steps: [
      'Il server che ha ricevuto il messaggio non è riuscito a leggere il record SPF di {{record}} (errore permanente: un refuso, due record, o più di 10 consultazioni).',
      'Esegui la verifica di MailDoctor su {{domain}}: mostra cosa non va nel record.',
      'Correggi il record in modo che ci sia un solo TXT che inizia con “v=spf1”, poi invia un nuovo messaggio di prova.',
    ],
  },
  'dkim-fix-key': {
    title: 'Correggi la chiave DKIM di {{domain}}',
    steps: [
      'La firma DKIM non corrisponde alla chiave pubblicata in {{record}}.',
      'Nel pannello del tuo fornitore di posta, apri le impostazioni DKIM di {{domain}} e copia la chiave pubblica (o il CNAME) che mostra.',
      'Nella zona DNS, fai in modo che {{record}} abbia esattamente quel valore (un record TXT che inizia con “v=DKIM1”, o il CNAME indicato dal fornitore).',
      'Salva, attendi che la modifica si propaghi, poi invia un nuovo messaggio di prova.',
    ],
  },
  'dkim-enable': {
    title: 'Attiva la firma DKIM per {{domain}}',
    steps: [
      'I messaggi di {{domain}} non portano una firma DKIM, quindi il server che li riceve non può sapere se sono autentici.',
      'Nel pannello del tuo fornitore di posta, attiva DKIM per {{domain}}: ti darà un selettore e una chiave.',
      'Pubblica la chiave nella zona DNS in {{record}} (al posto di <selector> va il selettore del fornitore), come indica il fornitore.',
      'Quando il fornitore conferma di aver trovato il record, invia un nuovo messaggio di prova.',
    ],
  },
  'dkim-align': {
    title: 'Firma i messaggi con il dominio {{domain}}',
    steps: [
      'La firma DKIM è valida ma appartiene a {{signer}}, non a {{domain}} (l’indirizzo nel campo Da), quindi DMARC non è superato.',
      'Nel pannello del tuo fornitore di posta, attiva DKIM proprio per {{domain}} e pubblica la sua chiave nel DNS.',
    ],
  },
  'dmarc-publish': {
    title: 'Pubblica un record DMARC per {{domain}}',
    steps: [
      'Il dominio {{domain}} non ha una politica DMARC: i grandi fornitori (Gmail, Outlook, Yahoo) si fidano meno di questa posta.',
      'Nella zona DNS, crea un record TXT per {{record}} con il valore: v=DMARC1; p=none',
      'Quando SPF e DKIM risultano superati per qualche settimana, porta la politica a p=quarantine.',
    ],
  },
  'ask-sender-fix-auth': {
    title: 'Chiedi al mittente di sistemare l’autenticazione di {{domain}}',
    steps: [
      'I controlli che dimostrano che il messaggio viene davvero da {{domain}} non sono stati superati: {{checks}}.',
      'Solo il mittente (o il suo fornitore di posta) può rimediare: inviagli questi risultati.',
      'Nel frattempo, aggiungi il mittente ai contatti o ai mittenti attendibili, così i suoi messaggi arrivano in Posta in arrivo.',
    ],
  },
  'recipient-blocked-sender': {
    title: 'Il destinatario ha bloccato questo mittente',
    steps: [
      'Il filtro del destinatario ha trovato il mittente in un elenco di mittenti bloccati ({{source}}).',
      'Il destinatario toglie l’indirizzo dai mittenti bloccati (in Outlook: Impostazioni › Posta indesiderata) e lo aggiunge ai mittenti attendibili.',
    ],
  },
  'recipient-admin-rule': {
    title: 'Una regola dell’organizzazione del destinatario ha messo il messaggio nello spam',
    steps: [
      'Il messaggio è stato segnato come spam da una regola impostata dall’amministratore del destinatario, prima ancora del filtro antispam.',
      'L’amministratore del destinatario controlla le regole del flusso di posta (regole di trasporto) e aggiunge un’eccezione per il mittente.',
    ],
  },
  'sending-ip-delist': {
    title: 'Il server della posta in uscita {{ip}} è in una blacklist',
    steps: [
      'Il filtro antispam ha trovato il server della posta in uscita {{ip}} in una blacklist ({{rules}}).',
      'Cerca {{ip}} sul sito della blacklist per sapere perché e come uscirne.',
      'Se il server è del tuo fornitore, chiedi al fornitore di richiedere la rimozione; se è un server tuo, elimina prima la causa (un account violato, un modulo che invia spam), poi richiedila tu.',
    ],
  },
  'sending-ip-ptr': {
    title: 'Il server della posta in uscita {{ip}} non ha un nome inverso corretto',
    steps: [
      'Il filtro antispam ha visto che {{ip}} non ha un nome DNS inverso (PTR): così il server sembra una connessione domestica.',
      'Chiedi a chi gestisce il server (il tuo fornitore, o chi ti ha assegnato l’indirizzo IP) di impostare il PTR di {{ip}} con il nome del server.',
    ],
  },
  'bulk-content': {
    title: 'Il messaggio sembra posta massiva',
    steps: [
      'Il filtro ha giudicato il messaggio un invio di massa (newsletter o pubblicità).',
      'Invia le newsletter solo a chi le ha chieste, con un link di disiscrizione funzionante, tramite un servizio fatto apposta.',
      'Per la posta personale, scrivi messaggi semplici senza grandi immagini né link di tracciamento.',
    ],
  },
  'spam-content': {
    title: 'Il contenuto del messaggio sembra spam',
    steps: [
      'Il filtro ({{source}}) ha dato punti al contenuto con queste regole: {{rules}}.',
      'Evita oggetti in maiuscolo, messaggi fatti di una sola immagine e link a siti in blacklist.',
      'Invia di nuovo con una parte di testo semplice e un oggetto normale.',
    ],
  },
  'filter-judged-spam': {
    title: 'Il filtro antispam del destinatario ha giudicato il messaggio spam',
    steps: [
      'Il filtro ({{source}}, punteggio {{score}}) ha messo il messaggio nello spam, senza dire perché.',
      'Il destinatario segna il messaggio come “Non è spam” e aggiunge il mittente ai contatti o ai mittenti attendibili: il filtro impara.',
      'Se succede con molti destinatari, controlla il contenuto (solo immagini, maiuscole, tanti link) e la reputazione del mittente.',
    ],
  },
  'mark-not-spam': {
    title: 'Insegna al filtro del destinatario che questo mittente è gradito',
    steps: [
      'Nella cartella spam (posta indesiderata), seleziona il messaggio e scegli “Non è spam” (“Posta desiderata” in Outlook).',
      'Aggiungi il mittente ai contatti o ai mittenti attendibili.',
      'Controlla che nessuna tua regola sposti i messaggi del mittente (filtri, regole, mittenti bloccati).',
    ],
  },
} satisfies RemedyTexts
