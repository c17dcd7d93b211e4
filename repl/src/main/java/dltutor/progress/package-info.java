/**
 * The progress store: lesson and step ids, attempts, hints, and the learner's accepted snippets,
 * written atomically with a format version. Pure: no JLine, no JShell, no DJL.
 */
package dltutor.progress;
