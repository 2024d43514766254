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
      'Pubblicate dall’Autodiscover Exchange del dominio: posta in arrivo {{incoming}}, in uscita {{outgoing}}.',
    srv: 'Pubblicate nei record SRV del dominio: posta in arrivo {{incoming}}, in uscita {{outgoing}}.',
    guess:
      'Nessuno pubblica le impostazioni di questo dominio; questi nomi usuali rispondono con un certificato valido: posta in arrivo {{incoming}}, in uscita {{outgoing}}. Fatteli confermare dal tuo fornitore.',
  },
  noneTitle: 'Non abbiamo trovato le impostazioni per {{domain}}',
  noneDetail:
    'Né il nostro elenco di fornitori, né quello di Thunderbird, né il dominio stesso indicano quali server usare, e i nomi usuali non rispondono. Le trovi nelle pagine di aiuto del tuo fornitore o chiedendo alla sua assistenza.',
  redirectDetail:
    'Il dominio rimanda i programmi di posta a un altro indirizzo per le impostazioni ({{redirect}}). Te lo mostriamo ma non lo seguiamo da soli: verifica con il tuo fornitore che sia suo.',
  failedTitle: 'Non siamo riusciti a cercare le impostazioni di {{domain}}',
  failedDetail:
    'Tutte le fonti che consultiamo hanno dato errore o non hanno risposto in tempo, quindi questo non dice nulla delle tue impostazioni. Controlla la connessione a internet e riprova.',
}
