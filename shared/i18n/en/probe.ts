/** probe texts (en). */
export default {}
