/** dns texts (it). */
export default {}
