/**
 * Checks and verdicts: pure. Check code written in a lesson runs inside the learner's session and
 * reports through {@link dltutor.check.Expect}; the tutor reads the outcome from {@link
 * dltutor.check.Bridge}.
 */
package dltutor.check;
