// Maps the bench repository to an app so pushes queue deploy jobs (filled in once the apps registry exists).
export async function mapRepositoryForBench() {
  return { env: {} };
}
