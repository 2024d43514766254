/** Testi del passo dominio o indirizzo e dei risultati input.domain (italiano). */
export default {
  domain: {
    title: 'Di quale indirizzo email o dominio si tratta?',
    lead: 'Scrivi il tuo indirizzo email (per esempio mario@esempio.it) oppure solo la parte dopo la @.',
    label: 'Indirizzo email o dominio',
    placeholder: 'mario@esempio.it',
    hint: 'Il dominio è la parte dopo la @, come esempio.it.',
  },
  error: {
    empty: 'Scrivi un indirizzo email o un dominio.',
    'control-characters':
      'Il testo contiene caratteri di controllo invisibili (per esempio un a capo). Riscrivilo su una sola riga.',
    'too-long': 'È troppo lungo per un indirizzo email: al massimo {{max}} caratteri.',
    'bad-address': 'Non sembra un indirizzo email: servono dei caratteri sia prima sia dopo la @.',
    'local-part-too-long': 'La parte prima della @ è troppo lunga: al massimo {{max}} caratteri.',
    'ip-literal': 'Questo è un indirizzo numerico, non un dominio. Scrivi il dominio, come esempio.it.',
    'single-label': 'Questa è solo una parte del dominio. Scrivilo per intero, come esempio.it.',
    'label-too-long':
      'Una parte del dominio è troppo lunga ({{length}} caratteri; al massimo {{max}} tra due punti).',
    'domain-too-long': 'Il dominio è troppo lungo ({{length}} caratteri; al massimo {{max}}).',
    'empty-label': 'Ci sono due punti di seguito, oppure un punto all’inizio. Controlla il dominio.',
    'invalid-characters':
      'Il dominio contiene caratteri non ammessi (come spazi, trattini bassi o un trattino all’inizio di una parte).',
  },
  finding: {
    okTitle: 'Dominio riconosciuto: {{domain}}',
    okDetail: 'Verificheremo {{domainUnicode}}.',
    badTitle: 'Non è stato possibile leggere il dominio',
  },
}
