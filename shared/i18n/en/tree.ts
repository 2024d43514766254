/** tree texts (en). */
export default {}
