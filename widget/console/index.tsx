// Entry of the staff console, served at /console.
import { render } from 'preact'
import { Console } from './app'

const root = document.getElementById('app')
if (root) {
  root.textContent = ''
  render(<Console />, root)
}
