import { parseBounce } from '../../shared/bounce/parse-bounce'

/** Parses a pasted bounce off the page's thread, so a 5 MB paste never freezes the window. */
self.onmessage = (event: MessageEvent<string>) => {
  void parseBounce(event.data).then((info) => self.postMessage(info))
}
