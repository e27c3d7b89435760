import { getState, saveState } from '@actions/core'

// The runner calls this bundle twice: as `main`, then as `post`. A state flag tells them apart. Each loads only
// its own code (the post step needs no registry client, cache or GitHub context), which keeps start-up short.
if (getState('isPost') === 'true') {
  const { post } = await import('./post.js')
  await post()
} else {
  saveState('isPost', 'true')
  const { main } = await import('./main.js')
  await main()
}
