import { appendFileSync } from 'node:fs'
import { EOL } from 'node:os'
import { hasPostWork, isPostStep, POST_FLAG } from './post-state.js'

// The runner calls this bundle twice: as `main`, then as `post`. A state flag tells them apart. Each loads only
// its own code, and the post step loads nothing when the main step left nothing to clean up.
if (isPostStep(process.env)) {
  if (hasPostWork(process.env)) {
    const { post } = await import('./post.js')
    await post()
  }
} else {
  // what core.saveState does, without loading @actions/core here
  const file = process.env.GITHUB_STATE
  if (file) appendFileSync(file, `${POST_FLAG}=true${EOL}`)
  else process.stdout.write(`::save-state name=${POST_FLAG}::true${EOL}`)
  const { main } = await import('./main.js')
  await main()
}
