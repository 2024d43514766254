/** dns texts (en). */
export default {}
