/**
 * Instructor mode: {@code --export} writes a learner's accepted exercises as a submission, and
 * {@code --grade} grades submissions, each in a fresh JVM with a memory and time limit, into a
 * report ({@link dltutor.instructor.Instructor}, {@link dltutor.instructor.SubmissionGrader}).
 */
package dltutor.instructor;
