import common from './common'
import dns from './dns'
import input from './input'
import knowledge from './knowledge'
import probe from './probe'
import remedy from './remedy'
import report from './report'
import tree from './tree'

/** Every text of the app in this language, by namespace. */
export default { common, input, dns, probe, knowledge, tree, remedy, report }
