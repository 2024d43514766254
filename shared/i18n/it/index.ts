import type { AppTexts } from './shape'
import bounce from './bounce'
import cli from './cli'
import common from './common'
import discovery from './discovery'
import dns from './dns'
import headers from './headers'
import input from './input'
import knowledge from './knowledge'
import mailPrograms from './mail-programs'
import probe from './probe'
import remedy from './remedy'
import report from './report'
import tree from './tree'

/** Every text of the app in this language, by namespace; the type checker holds it to the English key set. */
export default {
  common,
  input,
  dns,
  probe,
  knowledge,
  tree,
  remedy,
  report,
  bounce,
  discovery,
  cli,
  headers,
  mailPrograms,
} satisfies AppTexts
