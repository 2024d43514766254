/** probe texts (it). */
export default {}
