/** jsdom has no modal dialogs: open and close them as an attribute, as a browser shows them. */
export function installDialogPolyfill(): void {
  HTMLDialogElement.prototype.showModal = function showModal() {
    this.setAttribute('open', '')
  }
  HTMLDialogElement.prototype.close = function close() {
    this.removeAttribute('open')
    this.dispatchEvent(new Event('close'))
  }
}
