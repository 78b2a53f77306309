// Entry of the embeddable widget: <script type="module" src="https://<cocreate>/widget/cocreate.js"></script>
import { CocreateCommunity } from './element'

if (!customElements.get('cocreate-community')) customElements.define('cocreate-community', CocreateCommunity)

export { CocreateCommunity }
