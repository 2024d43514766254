/** report texts (en). */
export default {}
