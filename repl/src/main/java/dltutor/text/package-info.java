/**
 * The tutor's sentences: {@link dltutor.text.Messages} reads {@code dltutor/messages.properties},
 * where every sentence the tutor says lives (a test checks that every key the code names exists).
 */
package dltutor.text;
