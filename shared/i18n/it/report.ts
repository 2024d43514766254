/** report texts (it). */
export default {}
