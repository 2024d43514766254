/** knowledge texts (it). */
export default {}
