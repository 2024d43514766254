/** tree texts (it). */
export default {}
