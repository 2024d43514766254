import { readHeaders, type DiagnosisOptions } from '../../shared/headers/read-headers'

/** Reads pasted headers off the page's thread, so a crafted paste never freezes the window. */
self.onmessage = (event: MessageEvent<{ text: string; options: DiagnosisOptions }>) => {
  void readHeaders(event.data.text, event.data.options).then((report) => self.postMessage(report))
}
