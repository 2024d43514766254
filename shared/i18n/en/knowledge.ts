/** knowledge texts (en). */
export default {}
