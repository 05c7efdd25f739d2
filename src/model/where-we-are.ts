// Whether the story is in the panel room or at the place itself: the picture,
// the status line and the sound all ask, so they ask one function.

/** At the place: a time skip shows it, and so does a scene away from the panel room. */
export function atThePlace(scene: string | null, timeskip = false): boolean {
  return timeskip || (scene !== null && scene !== 'room');
}
