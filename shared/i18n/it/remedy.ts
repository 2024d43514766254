import type { RemedyTexts } from '../../knowledge/remedies'

/** Texts of the remedies of shared/knowledge/remedies.ts, by remedy id (Italian). */
export default {
  'domain-expired': {
    title: 'Rinnova il tuo dominio',
    summary: 'Il tuo dominio è scaduto o sospeso. Così la posta non arriva e non parte.',
    steps: [
      'Entra nel pannello dell’azienda dove hai registrato il dominio{{panel.domains}}.',
      'Apri il dominio. Se è scaduto, lo vedi scritto in cima alla pagina.',
      'Rinnovalo e paga le fatture aperte. La posta torna a funzionare poche ore dopo.',
    ],
  },
  'renew-offer': {
    title: 'Rinnova il servizio di posta',
    summary:
      'Il servizio di posta è scaduto o non pagato. Oppure lo è il sito a cui è legato. Così le caselle si fermano.',
    steps: [
      'Entra nel pannello di controllo del fornitore. Apri la parte delle fatture o dei rinnovi.',
      'Paga le fatture aperte. Rinnova il servizio scaduto: la posta, o il sito a cui è legata.',
      'Attiva il rinnovo automatico, così non succede più.',
      'Aspetta qualche minuto. Poi prova di nuovo a inviare e a ricevere.',
    ],
  },
  'check-offer-status': {
    title: 'Controlla che i servizi siano attivi',
    summary: 'Prima di tutto, guarda se dominio, posta e sito sono attivi.',
    steps: [
      'Entra nel pannello di controllo del fornitore.',
      'Guarda il dominio: non deve essere scaduto{{panel.domains}}.',
      'Guarda il servizio di posta e lo stato del tuo indirizzo{{panel.emailState}}.',
      'Guarda se ci sono fatture o rinnovi da pagare. Se ci sono, pagali.',
    ],
  },
  'client-settings': {
    title: 'Correggi le impostazioni del programma di posta',
    summary:
      'La webmail funziona, quindi il servizio va bene. Il guaio è in un’impostazione del programma di posta.',
    steps: [
      'Nel programma di posta apri le impostazioni dell’account. Vale per Outlook, Mail di Apple, Thunderbird o il telefono.',
      'Confronta server, porte, sicurezza e nome utente con la scheda qui sotto. Correggi quello che è diverso.',
      'Come nome utente scrivi l’indirizzo email completo. Scrivi di nuovo la password: forse è cambiata.',
      'Attiva l’accesso per la posta in uscita. In Outlook la casella si chiama «Il server della posta in uscita (SMTP) richiede l’autenticazione».',
      'Salva. Poi manda un messaggio di prova a te stesso.',
    ],
  },
  'fix-program-field': {
    title: 'Correggi questo campo nel programma di posta',
    summary: 'Puoi farlo tu: cambia nel programma di posta i campi elencati qui sotto.',
    steps: [
      'Apri il programma di posta e vai nel punto indicato qui sotto.',
      'In ogni campo elencato qui sotto metti il valore indicato, poi salva.',
      'Mandati un messaggio di prova per verificare che funzioni.',
    ],
  },
  'try-webmail': {
    title: 'Prova la webmail',
    summary: 'Con la webmail capiamo se il guaio è nel programma di posta o nel servizio.',
    steps: [
      'Nel browser apri la pagina della webmail del tuo fornitore.',
      'Entra con l’indirizzo email completo e la sua password.',
      'Manda un messaggio a te stesso. Guarda se arriva.',
      'Se arriva, il guaio è nel programma di posta. Qui sotto scegli «No, non funziona ancora» per andare avanti.',
    ],
  },
  'reset-password': {
    title: 'Controlla la password o creane una nuova',
    summary: 'La password scritta non è quella giusta per la casella.',
    steps: [
      'Guarda che il tasto delle maiuscole sia spento. Come nome utente scrivi l’indirizzo completo.',
      'Nel pannello apri il servizio di posta e la scheda degli account email{{panel.changePassword}}.',
      'Scegli una nuova password. Aspetta qualche minuto e prova a entrare nella webmail.',
      'Scrivi la nuova password in tutti i programmi e i telefoni che usano questo indirizzo.',
    ],
  },
  'security-policy': {
    title: 'Aspetta la fine del blocco, o chiedi di toglierlo',
    summary:
      'Una regola di sicurezza ha bloccato l’account. Succede, per esempio, dopo troppe password sbagliate.',
    steps: [
      'Di solito il blocco finisce da solo dopo un po’. Aspetta, poi prova con la password giusta.',
      'Se gestisci tu il servizio Exchange, guarda nel pannello le regole di sicurezza. Lì vedi quanto dura il blocco.',
      'Se non puoi aspettare, chiedi all’assistenza del fornitore di sbloccare l’account.',
      'Scrivi la password giusta su ogni telefono e programma. Uno con la password vecchia può bloccare di nuovo l’account.',
    ],
  },
  'two-factor': {
    title: 'Usa o rifai la verifica in due passaggi',
    summary: 'L’account chiede un secondo codice: è la verifica in due passaggi.',
    steps: [
      'Sul telefono apri l’app che ti dà i codici per questo account. Scrivi il codice che vedi.',
      'Se hai perso il telefono, chiedi aiuto a chi gestisce il servizio Exchange. Può spegnere la verifica in due passaggi per te.',
      'Appena riesci a entrare, attivala di nuovo sul nuovo telefono.',
    ],
  },
  'wait-incident': {
    title: 'Aspetta che il fornitore finisca',
    summary: 'Il tuo fornitore sta lavorando sul servizio. Tu non devi cambiare nulla.',
    steps: [
      'Segui l’incidente o la manutenzione sulla pagina di stato. Lì c’è scritto quando finiscono i lavori.',
      'Nel frattempo non cambiare impostazioni né password.',
      'Di solito i messaggi per te non vanno persi. I server di chi scrive li tengono e li consegnano dopo.',
      'Quando i lavori sono finiti, prova di nuovo.',
    ],
  },
  'fix-mx': {
    title: 'Fai arrivare la posta del dominio al tuo servizio',
    summary: 'Il dominio indica dove deve arrivare la sua posta, ma l’indicazione è sbagliata.',
    steps: [
      'Entra dove gestisci le impostazioni del dominio{{panel.dnsZone}}.',
      'Cambia i record MX come dice la nostra verifica. Aggiungi quelli che mancano. Togli quelli che vanno altrove.',
      'Salva. La modifica si propaga in qualche ora, fino a 24 ore.',
      'Poi scegli «Verifica di nuovo» qui sotto.',
    ],
  },
  'fix-srv': {
    title: 'Aggiungi il dato che aiuta Outlook a configurarsi (Autodiscover)',
    summary:
      'Outlook trova da solo le impostazioni grazie a un dato del dominio. Questo dato manca o è sbagliato.',
    steps: [
      'Apri le impostazioni del dominio{{panel.dnsZone}}.',
      'Aggiungi un record SRV per _autodiscover._tcp: $t({{providerFacts.autodiscoverText}}).',
      'Salva e aspetta qualche ora. Poi scegli «Verifica di nuovo» qui sotto. Se la verifica va bene, configura ancora Outlook.',
    ],
  },
  'sending-server-unreachable': {
    title: 'Il computer non raggiunge il server della posta in uscita',
    summary:
      'Da questa rete, il server del fornitore non ha risposto. Abbiamo provato le due porte per inviare.',
    steps: [
      'Guarda se il computer è collegato. Poi prova da un’altra rete, per esempio dal telefono.',
      'Un firewall o un antivirus può bloccare la posta. Dai il permesso al programma di posta, oppure spegnili per un momento.',
      'Se da un’altra rete funziona, la prima rete blocca la posta. Chiedi a chi la gestisce.',
      'Se non funziona da nessuna rete, forse il server del fornitore è fermo. Scrivi al fornitore.',
    ],
  },
  'account-state': {
    title: 'Controlla l’account: password, blocco o sospensione',
    summary:
      'Il server della posta in uscita risponde. Quindi il guaio è forse nell’account: password, blocco o sospensione.',
    steps: [
      'Nel pannello apri il servizio di posta e la scheda degli account email. Guarda lo stato del tuo indirizzo.',
      'Se è bloccato per spam, cerca l’email del fornitore sul blocco e rispondi. Poi fai un controllo antivirus sui computer.',
      'Se è sospeso, rinnovalo o attivalo di nuovo.',
      'Altrimenti scegli una nuova password e scrivila nel programma di posta. Poi confronta la posta in uscita con la scheda qui sotto.',
    ],
  },
  'mail-server-unreachable': {
    title: 'I server che ricevono la tua posta non rispondono',
    summary: 'Il dominio li indica bene, ma non ci hanno risposto. Solo il fornitore può farli ripartire.',
    steps: [
      'Guarda la pagina di stato del fornitore. Forse c’è già un incidente o una manutenzione in corso.',
      'Se non c’è nulla, scrivi al fornitore. Mandagli il riepilogo: i suoi server della posta in arrivo non rispondono.',
      'Chi ti scrive non perde i messaggi. I suoi server provano di nuovo per qualche giorno. Quasi tutto arriverà dopo.',
    ],
  },
  'receive-elsewhere': {
    title: 'Controlla i filtri e chiedi a chi ti scrive',
    summary:
      'Se un messaggio non si vede, di solito un filtro l’ha spostato. Oppure si è fermato prima, dalla parte di chi l’ha inviato.',
    steps: [
      'Guarda nella cartella spam o posta indesiderata. Guarda anche nella webmail.',
      'Nella webmail guarda regole, filtri e inoltri. Una regola può spostare o cancellare i messaggi.',
      'Guarda che la casella non sia piena.',
      'Chiedi a chi ti scrive se il suo messaggio è tornato indietro. Se sì, fattelo mandare. Poi scegli «Ricomincia» in alto e incollalo.',
    ],
  },
  'bounce-not-error': {
    title: 'Non è un errore',
    summary: 'Non è fallito nulla: il messaggio è stato accettato, consegnato o è ancora in viaggio.',
    steps: [
      'Non devi fare nulla. Se il messaggio non arriva, chiedi al destinatario di guardare nello spam.',
    ],
  },
  'virus-notice': {
    title: 'Un avviso di virus, non un messaggio tornato indietro',
    summary:
      'Un antivirus ha fermato un messaggio partito dal tuo indirizzo. Nessuno l’ha rifiutato per un problema di consegna: inviarlo di nuovo non serve.',
    steps: [
      'Controlla computer e telefono con un antivirus aggiornato.',
      'Se l’avviso parla di un messaggio che non hai scritto, qualcuno può usare il tuo nome: cambia la password della posta.',
      'Se l’avviso parla di un file che volevi mandare, condividilo con un link o in una cartella compressa.',
    ],
  },
  'account-blocked': {
    title: 'L’accesso è stato rifiutato: controlla password e account',
    summary:
      'Il server ha rifiutato nome utente e password. Oppure l’account non può inviare perché è bloccato.',
    steps: [
      'Scrivi di nuovo la password nel programma di posta. Come nome utente usa l’indirizzo completo.',
      'Nel pannello guarda lo stato del tuo indirizzo. Se è bloccato per spam, rispondi all’email del fornitore.',
      'Se serve, scegli una nuova password. Scrivila ovunque usi questo indirizzo.',
    ],
  },
  'spam-refused': {
    title: 'Il tuo messaggio è stato preso per spam',
    summary: 'Il server del destinatario ha rifiutato il messaggio: il suo filtro lo ha preso per spam.',
    steps: [
      'Riscrivi il messaggio con parole semplici. Togli i link accorciati e le liste di link. Evita parole da pubblicità, come gratis o offerta.',
      'Invia di nuovo il messaggio senza allegati. Se servono, manda un link da cui scaricarli.',
      'Avvisa il destinatario in un altro modo, per esempio al telefono. Chiedigli di aggiungere il tuo indirizzo ai mittenti consentiti.',
      'Se succede con tutti i destinatari, scrivi al tuo fornitore e allega il messaggio tornato indietro. Forse gli altri server non si fidano del tuo.',
    ],
  },
  'sending-limits': {
    title: 'Resta nei limiti di invio',
    summary: 'Il server ha rifiutato il mittente o il destinatario. Spesso succede dopo troppi messaggi.',
    steps: [
      'Guarda che gli indirizzi di chi invia e del destinatario siano scritti bene.',
      'Invia meno messaggi alla volta: $t({{providerFacts.sendingLimitsText}}).',
      'Per newsletter e invii a tante persone usa un servizio fatto apposta.',
      'Aspetta un’ora e invia di nuovo.',
    ],
  },
  delist: {
    title: 'Togli il server dalla blacklist',
    summary:
      'Un tuo server di posta è in una blacklist, cioè un elenco di server segnalati per spam. Per questo gli altri server rifiutano i tuoi messaggi.',
    steps: [
      'Annota il nome della blacklist e l’indirizzo che contiene. Li trovi nella nostra verifica o nell’errore.',
      'Se usi i server del fornitore, mandagli il riepilogo o il messaggio tornato indietro. Deve essere lui a chiedere di toglierlo.',
      'Se il server è tuo, trova la causa e toglila: un virus, un account rubato, un server aperto a tutti. Poi chiedi di toglierlo sul sito della blacklist.',
      'Quando è fuori dalla blacklist, invia di nuovo il messaggio.',
    ],
  },
  'recipient-domain-broken': {
    title: 'Il dominio del destinatario non può ricevere posta',
    summary:
      'Forse l’indirizzo ha un errore. Oppure il dominio del destinatario non ha un server di posta che funziona. Solo chi lo gestisce può sistemarlo.',
    steps: [
      'Guarda che la parte dopo la @ sia scritta bene.',
      'Avvisa il destinatario in un altro modo, per esempio al telefono. Digli che il suo dominio non riceve posta.',
      'Manda il riepilogo a lui o a chi gestisce la sua posta.',
    ],
  },
  'recipient-address': {
    title: 'Controlla l’indirizzo del destinatario',
    summary: 'Il server del destinatario dice che l’indirizzo non esiste, o lo rifiuta.',
    steps: [
      'Leggi l’indirizzo lettera per lettera. Cerca lettere scambiate o un indirizzo vecchio.',
      'Chiedi alla persona, in un altro modo, il suo indirizzo attuale.',
      'Invia di nuovo il messaggio all’indirizzo giusto.',
    ],
  },
  'recipient-full': {
    title: 'La casella del destinatario è piena',
    summary: 'Da parte tua è tutto a posto. Il destinatario non ha più spazio.',
    steps: [
      'Avvisa la persona in un altro modo: la sua casella è piena.',
      'Quando ha fatto spazio, invia di nuovo il messaggio.',
    ],
  },
  'retry-later': {
    title: 'Aspetta e prova di nuovo',
    summary: 'La causa è temporanea e di solito passa in qualche ora.',
    steps: [
      'Aspetta qualche ora. Un messaggio ancora in attesa sul tuo server viene riprovato senza il tuo aiuto.',
      'Se il messaggio è tornato indietro, invialo di nuovo. Se torna ancora indietro, scegli «Ricomincia» in alto e incolla il nuovo errore.',
    ],
  },
  'bounce-explained': {
    title: 'Che cosa vuol dire l’errore e cosa fare',
    summary:
      'Il server ha rifiutato il messaggio. Qui sotto trovi perché, se serve inviarlo di nuovo e chi deve intervenire.',
    steps: [
      'Segui i passi della spiegazione qui sotto.',
      'Invia di nuovo il messaggio solo dopo aver tolto la causa.',
    ],
  },
  'bounce-unreadable': {
    title: 'In questo messaggio non c’è un codice',
    summary: 'Nel testo non c’è un codice di risposta che sappiamo leggere.',
    steps: [
      'Nel messaggio tornato indietro cerca una riga con un numero di tre cifre, come 550. Va bene anche un codice come 5.1.1.',
      'Incolla solo quella riga. Oppure incolla tutto il messaggio, con le intestazioni.',
    ],
  },
  offline: {
    title: 'Forse non sei connesso a Internet, oppure la tua rete blocca le verifiche',
    summary:
      'Nessuna verifica ha avuto risposta. Per ora non sappiamo cosa non va nella tua posta. Adesso non potremmo darti un consiglio basato sui fatti.',
    steps: [
      'Guarda se il computer è collegato: apri un sito qualsiasi.',
      'Una rete d’ufficio, di un albergo o pubblica può bloccare le verifiche. Prova un’altra rete, per esempio dal telefono.',
      'Spegni per un momento VPN, firewall o la protezione web dell’antivirus.',
      'Poi scegli «Verifica di nuovo» qui sotto.',
    ],
  },
  'domain-not-found': {
    title: 'Questo dominio non esiste',
    summary: 'Nessuno può mandare posta a un dominio che non esiste. Forse l’indirizzo è scritto male.',
    steps: [
      'Leggi la parte dopo la @ lettera per lettera. Basta una lettera mancante o scambiata.',
      'Qui sotto scegli «Correggi l’indirizzo» e scrivi il dominio giusto.',
      'Se il dominio è giusto e prima funzionava, forse è stato cancellato. Chiedi all’azienda dove hai registrato il dominio.',
    ],
  },
  'account-refused': {
    title: 'Il server ha rifiutato l’accesso: guarda l’account',
    summary: 'Il server della posta in uscita risponde. Ma non accetta questo indirizzo con questa password.',
    steps: [
      'Scrivi di nuovo la password nel programma di posta. Come nome utente usa l’indirizzo email completo.',
      'Se non sei sicuro della password, scegline una nuova nel pannello del fornitore. Poi usala ovunque.',
      'Nel pannello guarda lo stato dell’indirizzo. Può essere bloccato dopo troppi tentativi, bloccato per spam o sospeso.',
      'Alcuni fornitori vogliono che il programma entri dalla loro pagina. Altri vogliono una password per le app, fatta apposta.',
    ],
  },
  'webmail-page': {
    title: 'La pagina della webmail non si apre',
    summary:
      'Se la pagina della webmail non si apre, di solito il guaio è l’indirizzo della pagina o il browser.',
    steps: [
      'Guarda l’indirizzo della webmail. Usa quello del fornitore: è nelle sue guide o nell’email di benvenuto.',
      'Prova con un altro browser, o con una finestra privata.',
      'Se ancora non si apre, scrivi al fornitore. Digli che la pagina della webmail non si apre.',
    ],
  },
  'add-mx': {
    title: 'Indica dove arriva la posta del tuo dominio (record MX)',
    steps: [
      'Cerca i dati che il tuo fornitore di posta chiede: sono nelle sue guide o nel suo pannello.',
      'Apri le impostazioni del dominio (zona DNS). Aggiungi ogni record MX con il suo numero di priorità.',
      'Aspetta che la modifica si propaghi, fino a 24 ore. Poi scegli «Ricomincia» in alto e rifai le verifiche del dominio.',
    ],
  },
  'domain-missing': {
    title: 'Guarda se il dominio esiste ed è attivo',
    steps: [
      'Guarda come è scritto il dominio.',
      'Entra nel sito dell’azienda dove hai registrato il dominio. Guarda che sia registrato e non scaduto.',
      'Se è scaduto, rinnovalo. La posta riparte quando il dominio torna attivo.',
    ],
  },
  'dns-trouble': {
    title: 'I server del dominio non rispondono come dovrebbero',
    steps: [
      'Forse il problema passa da solo. Fra qualche minuto scegli «Ricomincia» in alto e rifai le verifiche.',
      'Se resta, scrivi a chi gestisce il tuo dominio. Digli quale nome e quale errore mostra la verifica.',
    ],
  },
  'fix-spf': {
    title: 'Correggi l’elenco di chi può inviare per il dominio (record SPF)',
    steps: [
      'Apri le impostazioni del dominio (zona DNS). Cerca il record che inizia con v=spf1 (tipo TXT).',
      'Tieni un solo record di questo tipo. Deve contenere i server del fornitore e finire con ~all o -all.',
      'Salva e aspetta che la modifica si propaghi, fino a 24 ore. Poi scegli «Ricomincia» in alto e rifai le verifiche del dominio.',
    ],
  },
  'reduce-spf-lookups': {
    title: 'Accorcia l’elenco di chi può inviare: al massimo {{spf.lookupLimit}} ricerche',
    steps: [
      'Nell’elenco (record SPF), togli le voci «include:» dei servizi che non usi più.',
      'Se una voce contiene pochi indirizzi fissi, scrivi al suo posto gli indirizzi (ip4: o ip6:).',
      'Ai servizi che chiedono molte ricerche, come le newsletter, chiedi di inviare da un loro sottodominio.',
      'Poi scegli «Ricomincia» in alto e rifai le verifiche del dominio. Le ricerche devono essere {{spf.lookupLimit}} o meno.',
    ],
  },
  'add-dmarc': {
    title: 'Aggiungi la regola contro i falsi mittenti (record DMARC)',
    steps: [
      'Apri le impostazioni del dominio (zona DNS).',
      'Aggiungi un record TXT di nome _dmarc. Come valore metti v=DMARC1; p=none; rua=mailto: e un tuo indirizzo.',
      'Riceverai dei resoconti. Se per qualche settimana vanno bene, cambia p=none in p=quarantine.',
    ],
  },
  'fix-dmarc': {
    title: 'Correggi la regola contro i falsi mittenti (record DMARC)',
    steps: [
      'Apri le impostazioni del dominio (zona DNS). Cerca il record di nome _dmarc (tipo TXT).',
      'Tienine uno solo. Deve iniziare con v=DMARC1 e avere p= uguale a none, quarantine o reject.',
      'Salva. Poi scegli «Ricomincia» in alto e rifai le verifiche del dominio.',
    ],
  },
  'authorise-dmarc-reports': {
    title: 'Fai accettare i resoconti all’indirizzo che li riceve',
    steps: [
      'L’indirizzo che riceve i resoconti è di un altro dominio. Chiedi a chi lo gestisce di aggiungere il dato indicato qui sopra (valore v=DMARC1).',
      'Oppure fai arrivare i resoconti a un indirizzo del tuo dominio.',
    ],
  },
  'fix-dkim': {
    title: 'Metti una firma valida sulla tua posta (chiave DKIM)',
    steps: [
      'Nel pannello del fornitore di posta, cerca la firma dei messaggi (DKIM) e attivala. Oppure crea una nuova chiave da 2048 bit.',
      'Copia il record che ti dà il fornitore nelle impostazioni del dominio (zona DNS). Copialo intero, senza cambiare nulla.',
      'Aspetta che la modifica si propaghi, fino a 24 ore. Poi scegli «Ricomincia» in alto e rifai le verifiche del dominio.',
    ],
  },
  'fix-mta-sts': {
    title: 'Correggi la regola di cifratura della posta in arrivo (MTA-STS)',
    steps: [
      'Tieni un solo record di nome _mta-sts (tipo TXT). Il valore è v=STSv1; id= e poi lettere e cifre.',
      'Cambia l’id ogni volta che cambi il file della regola.',
    ],
  },
  'ask-ptr': {
    title: 'Chiedi un nome inverso (PTR) per l’indirizzo del server di posta',
    steps: [
      'Il nome inverso non si mette nel tuo dominio. Lo mette chi possiede l’indirizzo: l’azienda del sito o della connessione.',
      'Chiedi di dare al PTR dell’indirizzo il nome del server. Quel nome deve portare di nuovo allo stesso indirizzo.',
    ],
  },
  'dnsbl-resolver': {
    title: 'Controlla le blacklist in un altro modo',
    steps: [
      'Le blacklist non rispondono ai grandi server pubblici che cercano i nomi (DNS). In alto apri «Strumenti per l’assistenza», poi «Impostazioni». Scegli «Questi server DNS» e scrivi quelli del tuo fornitore.',
      'Oppure cerca l’indirizzo sulla pagina web della blacklist.',
    ],
  },
  'wait-propagation': {
    title: 'Aspetta che la modifica arrivi a tutti i server',
    steps: [
      'Se hai cambiato i dati da poco, aspetta il tempo indicato dalla verifica. Poi scegli «Ricomincia» in alto e rifai le verifiche del dominio.',
      'Se dopo un giorno i server non sono d’accordo, scrivi a chi gestisce il tuo dominio. Digli che un server non è aggiornato.',
    ],
  },
  'use-port-587': {
    title: 'Invia con la porta {{ports.submission}} o {{ports.submissions}} invece della {{ports.smtp}}',
    steps: [
      'Nel programma di posta apri le impostazioni dell’account. Cerca il server della posta in uscita.',
      'Metti la porta {{ports.submission}} con STARTTLS. Oppure la porta {{ports.submissions}} con SSL/TLS.',
      'Attiva l’accesso per la posta in uscita. Usa lo stesso nome utente e la stessa password della posta in arrivo.',
      'Salva e manda un messaggio di prova a te stesso.',
    ],
  },
  'check-network': {
    title: 'Escludi un problema della tua rete',
    steps: [
      'Prova da un’altra connessione, per esempio dal telefono.',
      'Se lì funziona, qualcosa blocca la posta: un firewall, un antivirus o la rete di prima.',
      'Spegni la protezione email dell’antivirus. Oppure chiedi a chi gestisce la rete di aprire le porte della posta.',
    ],
  },
  'check-server-name': {
    title: 'Controlla nome del server e porta nelle impostazioni',
    steps: [
      'Nel programma di posta apri le impostazioni dell’account.',
      'Confronta nomi e porte dei server con quelli del fornitore. Guarda sia la posta in arrivo sia quella in uscita.',
      'Correggi gli errori di battitura. Salva e prova di nuovo.',
    ],
  },
  'provider-status': {
    title: 'Guarda se il fornitore ha un incidente o una manutenzione',
    steps: [
      'Apri la pagina di stato dei servizi del fornitore.',
      'Se c’è un incidente o una manutenzione, aspetta che finisca. Poi prova di nuovo.',
      'Se non c’è nulla e il problema resta, scrivi al fornitore. Allega il riepilogo.',
    ],
  },
  'use-ssl-port': {
    title: 'Usa la porta cifrata (SSL/TLS)',
    steps: [
      'Nel programma di posta apri le impostazioni dell’account.',
      'Come sicurezza scegli SSL/TLS. Usa la porta {{ports.submissions}} per inviare, {{ports.imaps}} per IMAP o {{ports.pop3s}} per POP3.',
      'Salva e prova di nuovo.',
    ],
  },
  'certificate-provider': {
    title: 'Chiedi al fornitore di correggere il certificato del server',
    steps: [
      'Se il programma avvisa che il certificato non va, non accettarlo in modo permanente. Il certificato protegge la tua password.',
      'Guarda che il nome del server sia proprio quello dato dal fornitore.',
      'Se lo è, manda il riepilogo al fornitore. Il certificato del server va rinnovato o completato.',
    ],
  },
  'check-clock': {
    title: 'Controlla data e ora del computer',
    steps: [
      'Apri le impostazioni di data e ora del computer.',
      'Attiva data e ora automatiche. Guarda che il fuso orario sia giusto.',
      'Prova di nuovo.',
    ],
  },
  'unblock-account': {
    title: 'Guarda se l’account è bloccato per spam',
    steps: [
      'Entra nel pannello del fornitore. Apri l’elenco degli account email.',
      'Accanto al tuo indirizzo guarda se c’è scritto che è bloccato per spam.',
      'Segui i passi del fornitore per sbloccarlo. Spesso basta rispondere alla sua email. Poi cambia la password.',
      'Fai un controllo antivirus sui computer. Di solito la causa è una password rubata.',
    ],
  },
  'app-password': {
    title: 'Crea una password per le app',
    summary:
      'Il tuo account chiede una password per le app: il programma di posta non può usare la tua password solita.',
    steps: [
      'Apri le impostazioni di sicurezza del tuo account, sul sito del fornitore.',
      'Crea una password per le app, solo per il programma di posta.',
      'Nel programma di posta usa quella password, al posto di quella solita.',
    ],
  },
  'use-modern-sign-in': {
    title: 'Fai entrare il programma di posta dalla pagina del fornitore',
    summary:
      'Il fornitore non accetta più la password dai programmi di posta. Si entra dalla sua pagina, oppure con una password per le app.',
    steps: [
      'Togli l’account dal programma di posta: la posta resta sul server. Poi aggiungilo di nuovo, scrivendo solo il tuo indirizzo.',
      'Scegli «Accedi con Microsoft» o «Accedi con Google». In Thunderbird il metodo si chiama OAuth2.',
      'Nella pagina che si apre, entra con la tua solita password. Se ti chiede un codice, scrivi anche quello.',
      'Se il programma non ha questa scelta, crea una password per le app. Oppure usa un altro programma.',
    ],
  },
  'tenant-smtp-auth': {
    title: 'Per chi gestisce la tua azienda in Microsoft 365: lascia inviare questa casella',
    steps: [
      'Nell’interfaccia di amministrazione di Microsoft 365 apri Utenti › Utenti attivi. Scegli la casella, poi Posta › Gestisci app di posta elettronica.',
      'Spunta «SMTP autenticato» e salva. Può servire fino a un’ora.',
      'Se è spento per tutta l’azienda, va acceso nell’interfaccia di amministrazione di Exchange, in Impostazioni › Flusso di posta. Microsoft consiglia però l’accesso moderno.',
    ],
  },
  'contact-recipient-admin': {
    title: 'Deve intervenire chi gestisce la posta del destinatario',
    steps: [
      'Manda al destinatario il messaggio tornato indietro, in un altro modo. Chiedigli di girarlo al suo tecnico o fornitore di posta.',
      'Quando ti dicono che è a posto, invia di nuovo.',
    ],
  },
  'check-mx': {
    title: 'Guarda se la posta del dominio va al tuo servizio',
    steps: [
      'Scegli «Ricomincia» in alto e rifai le verifiche del tuo dominio.',
      'Confronta i record MX con quelli che chiede il tuo servizio di posta.',
      'Se sono diversi, correggili nelle impostazioni del dominio (zona DNS). La modifica si propaga in qualche ora.',
    ],
  },
  'contact-recipient': {
    title: 'Deve intervenire il destinatario',
    steps: [
      'Spiega alla persona cosa dice l’errore, in un altro modo: telefono o chat.',
      'Chiedile di sistemare il problema: fare spazio nella casella, riattivarla o accettare il tuo indirizzo.',
      'Quando ti dice che è a posto, invia di nuovo.',
    ],
  },
  'fix-auth-records': {
    title: 'Sistema i dati che provano chi sei (SPF, DKIM e DMARC)',
    steps: [
      'Apri le impostazioni del tuo dominio (zona DNS).',
      'Nel record SPF elenca tutti i server da cui invii ($t({{providerFacts.spfText}})).',
      'Attiva la firma DKIM nel pannello del fornitore. Poi aggiungi la sua chiave.',
      'Aggiungi un record DMARC. Inizia con p=none.',
    ],
  },
  'enable-smtp-auth': {
    title: 'Attiva l’accesso per la posta in uscita',
    steps: [
      'Nel programma di posta apri le impostazioni dell’account.',
      'Attiva «Il server della posta in uscita (SMTP) richiede l’autenticazione».',
      'Usa l’indirizzo email completo e la sua password.',
      'Usa la porta {{ports.submission}} con STARTTLS o la {{ports.submissions}} con SSL/TLS. Poi invia di nuovo.',
    ],
  },
  'check-client-settings': {
    title: 'Controlla le impostazioni del programma di posta',
    steps: [
      'Confronta nome del server, porta e sicurezza con i dati del fornitore.',
      'Spegni per un momento il controllo della posta di antivirus o firewall. Poi prova di nuovo.',
      'Prova da un’altra rete.',
    ],
  },
  'reduce-size': {
    title: 'Rendi il messaggio più leggero',
    summary: 'Il server del destinatario ha rifiutato il messaggio perché è più grande di quanto accetta.',
    steps: [
      'Guarda quanto pesano tutti gli allegati insieme.',
      'Comprimili, oppure mandali con un link da cui scaricarli.',
      'Se è troppo pesante, dividilo in più messaggi.',
    ],
  },
  'contact-provider': {
    title: 'Deve intervenire il tuo fornitore di posta',
    steps: [
      'Apri una richiesta di assistenza dal tuo fornitore.',
      'Allega tutto il messaggio tornato indietro. Scrivi a che ora l’avevi inviato.',
    ],
  },
  'late-diagnosis': {
    title: 'Dove si è perso tempo',
    summary: 'Le note dei server mostrano dove il messaggio ha aspettato. E mostrano cosa fare.',
    steps: ['Inizia dal primo rimedio qui sotto. È quello che le intestazioni indicano più chiaramente.'],
  },
  'spam-diagnosis': {
    title: 'Perché il messaggio è finito nello spam',
    summary:
      'Il server che l’ha ricevuto e il suo filtro antispam hanno fatto dei controlli. I risultati dicono cosa sistemare e chi deve farlo.',
    steps: [
      'Inizia dal primo rimedio qui sotto. Poi manda un nuovo messaggio di prova e leggi di nuovo le sue intestazioni.',
    ],
  },
  'outbox-delay': {
    title: 'Il messaggio ha aspettato {{duration}} prima di partire',
    steps: [
      'Il messaggio è rimasto nel programma di posta del mittente. La sua ora di invio viene {{duration}} prima del passaggio dal primo server ({{host}}).',
      'Nel programma che l’ha inviato, guarda nella cartella «Posta in uscita». I messaggi restano lì se il computer è scollegato o il programma è chiuso.',
      'Guarda se il programma riesce a inviare: manda un messaggio di prova a te stesso. Poi invia di nuovo.',
    ],
  },
  'sender-clock': {
    title: 'L’orologio del computer del mittente è sbagliato',
    steps: [
      'L’ora di invio del messaggio viene {{duration}} dopo il passaggio dal primo server. Quindi l’orologio del computer o del telefono del mittente è avanti.',
      'Attiva data e ora automatiche. Poi invia di nuovo.',
    ],
  },
  'server-clock-skew': {
    title: 'L’orologio di un server è sbagliato: un’attesa non si può misurare',
    steps: [
      '{{next}} ha annotato un’ora {{duration}} prima di {{host}}, ma ha preso il messaggio dopo. Uno dei due orologi è sbagliato.',
      'Le attese accanto a questo passaggio non sono sicure. Le altre sì.',
      'Avvisa chi gestisce il server con l’ora sbagliata: lo capisci dal nome. L’ora va tenuta giusta con NTP.',
    ],
  },
  greylisting: {
    title: 'Il server del destinatario ha tenuto il messaggio apposta (greylisting)',
    steps: [
      'Il server del destinatario ha chiesto a {{host}} di provare più tardi. Ha preso il messaggio dopo {{duration}}. Lo scrive lui stesso: attesa di {{greylistSeconds}} s.',
      'È normale per il primo messaggio di un mittente nuovo. I messaggi dopo arrivano subito.',
      'Se succede ogni volta, chi gestisce la posta del destinatario può togliere l’attesa per il tuo server.',
    ],
  },
  'recipient-server-delay': {
    title: 'L’attesa è stata sul server del destinatario',
    steps: [
      'Il messaggio è arrivato presto al server del destinatario. Poi ha aspettato {{duration}} fra {{host}} e {{next}}. Era dentro i sistemi del destinatario: antispam, antivirus o una coda.',
      'Chi invia non può farci nulla. Chi gestisce la posta del destinatario può cercare il messaggio nei registri di {{next}}.',
    ],
  },
  'sender-server-delay': {
    title: 'L’attesa è stata presso il fornitore del mittente',
    steps: [
      'Il messaggio ha aspettato {{duration}} fra {{host}} e {{next}}. Sono tutti e due server del fornitore del mittente.',
      'Guarda sulla pagina di stato del fornitore se ci sono ritardi. Poi manda un nuovo messaggio di prova.',
      'Se succede ancora, scrivi al fornitore. Indica l’ora e il nome {{host}}: nei suoi registri c’è il motivo.',
    ],
  },
  'hand-over-delay': {
    title: 'L’attesa è stata nel passaggio al server del destinatario',
    steps: [
      '{{host}} ci ha messo {{duration}} per passare il messaggio a {{next}}.',
      'Di solito il server che riceve ha chiesto di provare più tardi. Forse era occupato, o aveva un blocco per poco tempo. Oppure la coda del server che invia era lenta.',
      'Il fornitore del mittente vede il motivo nei registri di {{host}}. Scrivigli e indica l’ora del messaggio.',
    ],
  },
  'no-delay-in-headers': {
    title: 'I server hanno consegnato il messaggio senza ritardi',
    steps: [
      'L’ultimo server ha preso il messaggio alle {{at}} (UTC), subito dopo l’invio. I server non l’hanno tenuto.',
      'Se l’hai visto molto dopo, l’attesa è nel programma di posta. Guarda ogni quanto cerca nuova posta, per esempio ogni 30 minuti. Guarda anche se era chiuso.',
      'Sul telefono, guarda che l’app di posta possa aggiornarsi anche quando non la usi.',
    ],
  },
  'spf-authorise-server': {
    title: 'Aggiungi il server della posta in uscita fra chi può inviare per {{domain}}',
    steps: [
      'Apri le impostazioni di {{domain}} (zona DNS), dove le gestisci.',
      'Cerca il record TXT di {{record}} che inizia con “v=spf1”. Deve essercene uno solo.',
      'Aggiungi {{mechanism}} prima di “~all” o “-all” alla fine. Se il record non c’è, crea un record TXT: {{value}}',
      'Salva e aspetta che la modifica si propaghi, fino a qualche ora. Poi manda un nuovo messaggio di prova.',
    ],
  },
  'spf-create': {
    title: 'Crea l’elenco di chi può inviare per {{domain}} (record SPF)',
    steps: [
      'Apri le impostazioni di {{domain}} (zona DNS), dove le gestisci.',
      'Crea un record TXT per {{record}} con questo valore: {{value}}',
      'Salva e aspetta che la modifica si propaghi, fino a qualche ora. Poi manda un nuovo messaggio di prova.',
    ],
  },
  'spf-ask-value': {
    title: 'Correggi l’elenco di chi può inviare per {{domain}} (record SPF)',
    steps: [
      'Il server che ha ricevuto il messaggio ha cercato il tuo server della posta in uscita. Nell’elenco di {{domain}} non l’ha trovato.',
      'Chiedi al tuo fornitore di posta cosa aggiungere: di solito una voce “include:”. Mettila nel record TXT di {{record}} che inizia con “v=spf1”.',
      'Salva e aspetta che la modifica si propaghi. Poi manda un nuovo messaggio di prova.',
    ],
  },
  'spf-repair': {
    title: 'L’elenco di chi può inviare per {{domain}} è rotto (record SPF)',
    steps: [
      'Il server che ha ricevuto il messaggio non ha potuto leggere l’elenco di chi può inviare (record SPF di {{record}}). Può esserci un errore di battitura, due record, o più di 10 ricerche.',
      'In MailDoctor scegli «Ricomincia», scrivi {{domain}} e scegli «Verifica». Vedrai cosa non va nel record.',
      'Correggi il record: deve esserci un solo TXT che inizia con “v=spf1”. Poi manda un nuovo messaggio di prova.',
    ],
  },
  'dkim-fix-key': {
    title: 'Correggi la firma della posta di {{domain}} (chiave DKIM)',
    steps: [
      'La firma dei messaggi non corrisponde alla chiave in {{record}}.',
      'Nel pannello del tuo fornitore di posta, apri la firma dei messaggi (DKIM) di {{domain}}. Copia la chiave pubblica, o il CNAME, che vedi.',
      'Nelle impostazioni del dominio (zona DNS), dai a {{record}} proprio quel valore. È un record TXT che inizia con “v=DKIM1”, o il CNAME del fornitore.',
      'Salva e aspetta che la modifica si propaghi. Poi manda un nuovo messaggio di prova.',
    ],
  },
  'dkim-enable': {
    title: 'Attiva la firma della posta di {{domain}} (DKIM)',
    steps: [
      'I messaggi di {{domain}} non hanno una firma. Così chi li riceve non sa se sono veri.',
      'Nel pannello del tuo fornitore di posta, attiva la firma (DKIM) per {{domain}}. Il fornitore ti dà un nome e una chiave.',
      'Metti la chiave nelle impostazioni del dominio (zona DNS), in {{record}}. Al posto di <selector> scrivi il nome dato dal fornitore.',
      'Quando il fornitore ti dice che trova la chiave, manda un nuovo messaggio di prova.',
    ],
  },
  'dkim-align': {
    title: 'Firma i messaggi con il dominio {{domain}}',
    steps: [
      'La firma è valida, ma è di {{signer}} e non di {{domain}}, l’indirizzo nel campo Da. Per questo il controllo contro i falsi mittenti (DMARC) non passa.',
      'Nel pannello del tuo fornitore di posta, attiva la firma (DKIM) proprio per {{domain}}. Poi metti la sua chiave nelle impostazioni del dominio.',
    ],
  },
  'dmarc-publish': {
    title: 'Aggiungi la regola contro i falsi mittenti per {{domain}} (DMARC)',
    steps: [
      'Il dominio {{domain}} non ha una regola contro i falsi mittenti. I grandi fornitori, come Gmail, Outlook e Yahoo, si fidano meno di questa posta.',
      'Nelle impostazioni del dominio (zona DNS), crea un record TXT per {{record}} con il valore: v=DMARC1; p=none',
      'Quando SPF e DKIM passano per qualche settimana, cambia la regola in p=quarantine.',
    ],
  },
  'ask-sender-fix-auth': {
    title: 'Chiedi a chi ti scrive di provare che la posta di {{domain}} è sua',
    steps: [
      'I controlli che provano che il messaggio viene da {{domain}} non sono passati: {{checks}}.',
      'Solo chi ti scrive, o il suo fornitore di posta, può sistemarlo. Mandagli questi risultati.',
      'Nel frattempo, aggiungi chi ti scrive ai contatti o ai mittenti sicuri. Così i suoi messaggi arrivano in «Posta in arrivo».',
    ],
  },
  'recipient-blocked-sender': {
    title: 'Il destinatario ha bloccato questo mittente',
    steps: [
      'Il filtro del destinatario ha trovato il mittente fra i mittenti bloccati ({{source}}).',
      'Il destinatario toglie l’indirizzo dai mittenti bloccati e lo aggiunge ai mittenti sicuri. In Outlook è in Impostazioni › Posta indesiderata.',
    ],
  },
  'recipient-admin-rule': {
    title: 'Una regola dell’azienda del destinatario ha messo il messaggio nello spam',
    steps: [
      'Il messaggio è finito nello spam per una regola di chi gestisce la posta del destinatario. Il filtro antispam non c’entra.',
      'Chi gestisce quella posta guarda le sue regole per la posta in arrivo. Poi aggiunge un’eccezione per il mittente.',
    ],
  },
  'sending-ip-delist': {
    title: 'Il server della posta in uscita {{ip}} è in una blacklist',
    steps: [
      'Il filtro antispam ha trovato il server della posta in uscita {{ip}} in una blacklist ({{rules}}).',
      'Cerca {{ip}} sul sito della blacklist. Lì trovi il perché e come uscirne.',
      'Se il server è del fornitore, chiedigli di farlo togliere. Se il server è tuo, togli prima la causa, come un account rubato. Poi chiedi tu di toglierlo.',
    ],
  },
  'sending-ip-ptr': {
    title: 'Il server della posta in uscita {{ip}} non ha un nome inverso giusto',
    steps: [
      'Il filtro antispam ha visto che {{ip}} non ha un nome inverso (PTR). Così il server sembra una connessione di casa.',
      'Chiedi a chi gestisce il server di dare al PTR di {{ip}} il nome del server. Può essere il fornitore, o chi ti ha dato l’indirizzo.',
    ],
  },
  'bulk-content': {
    title: 'Il messaggio sembra un invio di massa',
    steps: [
      'Il filtro ha preso il messaggio per un invio a tante persone, come una newsletter o una pubblicità.',
      'Manda le newsletter solo a chi le ha chieste. Metti un link per cancellarsi che funzioni, e usa un servizio fatto apposta.',
      'Per la posta personale scrivi messaggi semplici, senza grandi immagini né link che tracciano.',
    ],
  },
  'spam-content': {
    title: 'Il testo del messaggio sembra spam',
    steps: [
      'Il filtro ({{source}}) ha dato punti al testo con queste regole: {{rules}}.',
      'Evita oggetti tutti in maiuscolo e messaggi fatti di una sola immagine. Evita link a siti in blacklist.',
      'Invia di nuovo con un po’ di testo semplice e un oggetto normale.',
    ],
  },
  'filter-judged-spam': {
    title: 'Il filtro antispam del destinatario ha messo il messaggio nello spam',
    steps: [
      'Il filtro ({{source}}, punteggio {{score}}) ha messo il messaggio nello spam. Non dice perché.',
      'Il destinatario segna il messaggio come «Non spam» e aggiunge il mittente ai contatti. Così il filtro impara.',
      'Se succede con tante persone, guarda il testo: solo immagini, maiuscole, tanti link. E guarda la reputazione del mittente.',
    ],
  },
  'mark-not-spam': {
    title: 'Insegna al filtro che questo mittente ti interessa',
    steps: [
      'Nella cartella spam (posta indesiderata), scegli il messaggio e poi «Non spam». In Outlook si chiama «Non indesiderato».',
      'Aggiungi il mittente ai contatti o ai mittenti sicuri.',
      'Guarda che nessuna tua regola sposti i messaggi di questo mittente: filtri, regole, mittenti bloccati.',
    ],
  },
  'free-mailbox-space': {
    title: 'Fai spazio nella tua casella',
    steps: [
      'Apri la webmail, svuota il cestino e la cartella «Spam».',
      'Ordina i messaggi per dimensione e cancella i più grandi che non ti servono più.',
      'Nel programma di posta, salva sul computer gli allegati che vuoi tenere, poi cancella quei messaggi.',
      'Se ti serve più spazio, acquista una casella più grande nel pannello di controllo del fornitore.',
    ],
  },
  'mailbox-full': {
    title: 'La tua casella è piena',
    summary: 'I nuovi messaggi non possono entrare finché non fai spazio.',
    steps: [
      'Apri la webmail, svuota il cestino e la cartella «Spam».',
      'Ordina i messaggi per dimensione e cancella i più grandi che non ti servono più.',
      'Nel programma di posta salva sul computer gli allegati da tenere. Poi cancella quei messaggi.',
      'Ti serve più spazio? Acquista una casella più grande nel pannello di controllo del fornitore.',
    ],
  },
  'arrived-in-spam': {
    title: 'Il messaggio è arrivato, nello spam',
    summary: 'Non è perso: il filtro antispam l’ha messo nella cartella dello spam.',
    steps: [
      'Apri la webmail. Apri la cartella «Spam», scegli il messaggio e premi «Non spam».',
      'In Outlook: clic destro sul messaggio in «Posta indesiderata». Poi scegli «Posta indesiderata» › «Non indesiderato».',
      'In Thunderbird: seleziona il messaggio nella cartella dello spam e segnalalo come non spam. In Mail di iPhone: apri il messaggio e spostalo nella posta in arrivo.',
      'Aggiungi il mittente ai contatti. Così i suoi messaggi arrivano in «Posta in arrivo».',
    ],
  },
  'moved-by-rule': {
    title: 'Una regola ha spostato il messaggio in un’altra cartella',
    summary: 'È arrivato: una regola o un filtro l’ha tolto da «Posta in arrivo».',
    steps: [
      'Nella webmail apri le impostazioni e cerca le regole o i filtri.',
      'Nel programma di posta cerca lo stesso. In Outlook: «Regole» › «Gestisci regole e avvisi». In Thunderbird: «Strumenti» › «Filtri messaggi».',
      'Cambia o cancella la regola che ha spostato il messaggio. Poi riportalo in «Posta in arrivo».',
    ],
  },
} satisfies RemedyTexts
