/**
 * The interactive tutor: the loop that reads an input and routes it ({@link dltutor.tutor.Tutor}),
 * and the parts it routes to. A {@link dltutor.tutor.Cursor} holds where the learner is; the {@link
 * dltutor.tutor.LessonWalker} moves it between lessons and steps and runs demos; the {@link
 * dltutor.tutor.ExerciseCoach} grades exercises and quizzes through the {@link
 * dltutor.tutor.Grader}; the {@link dltutor.tutor.Overview} lists lessons, steps, progress and
 * papers; the {@link dltutor.tutor.Inspector} answers jshell's inspection commands and /help;
 * {@link dltutor.tutor.Feedback} says what happened. Slash commands are entries in {@link
 * dltutor.tutor.TutorCommands}, each calling one of these parts directly. {@link
 * dltutor.tutor.TutorBuilder} wires them, so that tests drive a whole tutor headless.
 */
package dltutor.tutor;
