/**
 * Arabic verb morphology for matching: a template engine that generates the undiacritised forms of a verb
 * lemma (root, form I–X, root class) and of its verbal noun, so a lexicon can list lemmas instead of forms.
 */
package io.github.khabar.text.morph;
