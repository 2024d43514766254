import { DECISION_TREE } from '../../shared/tree/decision-tree'
import { useAppStore } from '../store/use-app-store'
import { BounceScreen } from './BounceScreen'
import { HandoffScreen, SolvedScreen } from './EndScreens'
import { LoginStep } from './LoginStep'
import { MailboxStep } from './MailboxStep'
import { ProgramsStep } from './ProgramsStep'
import { HeadersScreen } from './headers/HeadersScreen'
import { QuestionScreen } from './QuestionScreen'
import { RemedyScreen } from './RemedyScreen'
import { TargetScreen } from './TargetScreen'
import { WaitingScreen } from './WaitingScreen'

/** The screen for the current node of the decision tree. */
export function TreeScreen() {
  const nodeId = useAppStore((state) => state.nodeId)
  const node = DECISION_TREE.nodes[nodeId]
  if (!node) return null
  switch (node.kind) {
    case 'question':
      return <QuestionScreen key={node.id} node={node} />
    case 'input':
      if (node.input === 'headers') return <HeadersScreen key={node.id} />
      return node.input === 'target' ? (
        <TargetScreen key={node.id} />
      ) : (
        <BounceScreen key={node.id} nodeId={node.id} />
      )
    case 'login':
      if (node.look) return <MailboxStep key={node.id} node={node} />
      return <LoginStep key={node.id} node={node} />
    case 'programs':
      return <ProgramsStep key={node.id} node={node} />
    case 'route':
      return <WaitingScreen key={node.id} node={node} />
    case 'remedy':
      return <RemedyScreen key={node.id} node={node} />
    case 'handoff':
      return <HandoffScreen />
    case 'solved':
      return <SolvedScreen />
  }
}
