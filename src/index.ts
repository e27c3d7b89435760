import { hasPostWork, isPostStep, POST_FLAG } from './post-state.js'

// The runner calls this bundle twice: as `main`, then as `post`. A state flag tells them apart. Each loads only
// its own code, and the post step loads nothing when the main step left nothing to clean up.
if (isPostStep(process.env)) {
  if (hasPostWork(process.env)) {
    const { post } = await import('./post.js')
    await post()
  }
} else {
  const { workflow } = await import('./workflow/commands.js')
  workflow.saveState(POST_FLAG, 'true')
  const { main } = await import('./main.js')
  await main()
}
