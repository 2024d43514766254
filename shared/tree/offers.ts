export { isOffer } from '../knowledge/providers'
