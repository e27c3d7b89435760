import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parseBuildMetadata } from '../../../src/buildx/metadata.js'

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/buildx/${name}`, import.meta.url), 'utf8')

describe('parseBuildMetadata', () => {
  it('reads a real pushed multi-platform build (buildx 0.29)', () => {
    const m = parseBuildMetadata(fixture('metadata-push.json'))
    expect(m.digest).toBe('sha256:3971fb681b27a45117e13c9ce7b7c34ab97f5aa5fe45ddfc13087bdb04cf05cc')
    expect(m.descriptor).toEqual({
      mediaType: 'application/vnd.oci.image.index.v1+json',
      digest: 'sha256:3971fb681b27a45117e13c9ce7b7c34ab97f5aa5fe45ddfc13087bdb04cf05cc',
      size: 1609,
    })
    expect(m.imageName).toBe('127.0.0.1:5055/ex:1')
    expect(m.buildRef).toBe('default/default/s83vneou6gcwzmdl6fp5984ll')
    expect(JSON.parse(m.raw)).toEqual(JSON.parse(fixture('metadata-push.json')))
  })
  it('reads a real OCI layout build', () => {
    const m = parseBuildMetadata(fixture('metadata-oci.json'))
    expect(m.digest).toBe('sha256:f8293e302a9ae5e722401b501d2f8ecd12c4a537869b5d9d986def3ee2fdfd05')
    expect(m.imageName).toBeUndefined()
  })
  it('has no digest for a build without image output', () => {
    expect(parseBuildMetadata('{"buildx.build.ref":"b/n/r"}')).toEqual({
      buildRef: 'b/n/r',
      raw: '{"buildx.build.ref":"b/n/r"}',
    })
  })
  it.each([
    ['not json', /not JSON/],
    ['[1]', /not a JSON object/],
    ['{"containerimage.digest":"sha256:short"}', /not a digest of the form sha256/],
  ])('rejects %j', (text, message) => {
    expect(() => parseBuildMetadata(text)).toThrow(message)
  })
})
