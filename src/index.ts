import * as core from '@actions/core'
import { main } from './main.js'
import { post } from './post.js'

// The runner calls this bundle twice: as `main`, then as `post`. A state flag tells them apart.
if (core.getState('isPost') === 'true') {
  await post()
} else {
  core.saveState('isPost', 'true')
  await main()
}
