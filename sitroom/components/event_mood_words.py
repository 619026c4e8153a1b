"""Word sets that mark a clause's mood: planning, wishing, asking, refusing, modals, saying."""

from __future__ import annotations

PLAN_VERBS = frozenset({"set", "plan", "intend", "schedule", "expect", "anticipate", "slate",
                        "prepare", "due", "aim",
                        "go", "decide", "agree", "promise", "pledge", "vow", "offer", "threaten",
                        "want", "seek", "hope", "ready", "willing", "propose", "prepared", "poised",
                        "order", "instruct", "authorize", "authorise", "direct", "command"})
# verbs of wishing, expecting and forecasting: another party's act they govern is hoped for or
# foreseen, not planned ("observers predict the militia will attack")
WISH_VERBS = frozenset({"expect", "hope", "want", "wish", "trust", "anticipate", "predict",
                        "forecast", "foresee"})
# verbs and adjectives that make what they govern a possibility: "likely to be arrested"
HYPO_WORDS = frozenset({"likely", "unlikely", "possible", "probable", "weigh", "mull", "threaten",
                        "risk", "fear", "warn",
                        # "ought" parsed as the clause's head: "Washington ought to support them"
                        "ought",
                        # "try" and "attempt" with an infinitive: see attempt_verbs in data/mood.yaml
                        "try", "attempt"})
# verbs that ask for an act: what they govern is wanted, not done ("demanding his arrest")
REQUEST_VERBS = frozenset({"demand", "urge", "call", "ask", "request", "appeal", "press", "push",
                           "seek", "propose", "suggest", "recommend", "insist", "plead",
                           "petition", "lobby", "want", "need", "require", "encourage", "invite"})
# verbs that keep what they govern from happening: "refused to withdraw", "opposes repealing the
# law", "prevented the attack"
NEG_VERBS = frozenset({"refuse", "reject", "deny", "decline", "fail", "oppose", "block", "veto",
                       "resist", "prevent", "avert",
                       # verbs of keeping oneself from an act: "avoided meeting the envoy",
                       # "shunned imposing sanctions", "eschews criticizing Beijing"
                       "avoid", "shun", "eschew",
                       # ... and the adjectives that say so of an act in their infinitive: "was
                       # unwilling to ease the rules", "will be unable to negotiate" (not of a noun
                       # it acts on: "unable to resist the Taliban's attacks"; and not "reluctant":
                       # a reluctant party often acts all the same)
                       "unwilling", "unable", "loath", "loth"})
# ... of them, the verbs of keeping oneself from an act negate only one's own: "shunned the U.S.
# withdrawal" turns from another's act, which took place
AVOID_VERBS = frozenset({"avoid", "shun", "eschew"})
NEG_ADJECTIVES = frozenset({"unwilling", "unable", "loath", "loth"})
# "must" and "ought": an obligation, not an act ("the U.S. must lift sanctions")
MODAL_HYPO = frozenset({"would", "could", "may", "might", "should", "can", "'d", "’d", "must",
                        "ought"})
MODAL_PLAN = frozenset({"will", "shall", "'ll", "’ll", "wo"})
INTENT_NOUNS = frozenset({"resolve", "determination", "readiness", "willingness", "intention",
                          "intent", "plan", "bid", "goal", "aim",
                          "preparation", "ambition", "desire", "duty",
                          "obligation", "responsibility", "mandate", "commitment", "promise",
                          "pledge", "vow", "offer", "proposal",
                          # what an agreement provides for lies ahead: "a plea agreement for Flynn
                          # to cooperate", "a deal to withdraw troops"
                          "agreement", "deal", "accord", "arrangement", "understanding", "pact",
                          # what is ordered lies ahead: "an order to withdraw"
                          "order", "instruction", "directive"})
_CONTINUE = frozenset({"continue", "keep"})
_ASSERTED_MARKS = frozenset({"as", "while", "because", "since", "although", "though", "whereas"})
# marks of a clause whose act waits on something else: "will reverse its steps once the U.S. lifted"
_PENDING_MARKS = frozenset({"once", "until", "till", "unless"})
_WOULD = frozenset({"would", "'d", "’d"})
_PERFECT = frozenset({"have", "'ve", "’ve"})
# the present forms of "be" that make a progressive or a passive: "is holding", "are banned"
PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re", "’s", "’re"})
# the past auxiliaries of a progressive, a passive or a perfect: "was holding", "had met"
PAST_AUX = frozenset({"was", "were", "had"})
# verbs that carry out the act their object names: the noun event runs while they do
_PERFORMING = frozenset({"carry", "conduct", "wage", "hold", "continue", "pursue", "lead", "run",
                         "stage", "mount"})
SAY_VERBS = frozenset({"say", "tell", "announce", "state", "add", "declare", "confirm", "write",
                       "report", "indicate", "signal", "insist", "reply"})
# request verbs that, with a bare infinitive, state the subject's own aim ("Pakistan is seeking
# to recognize the Taliban": planned, as "plans to"; "sought the Taliban's recognition" asks)
OWN_AIM_VERBS = frozenset({"seek", "propose"})
# nouns of expressed feeling: offered, they are given
EXPRESSIVE_NOUNS = frozenset({"congratulation", "congratulations", "condolence", "condolences",
                              "thanks", "gratitude", "praise", "sympathy", "apology", "greeting",
                              "greetings"})
# verbs of pointing out: a duty to point something out asserts it ("it must be said that ...")
NOTE_VERBS = frozenset({"note", "say", "stress", "emphasize", "emphasise", "mention", "remember",
                        "recall", "add", "admit", "acknowledge", "recognize", "recognise"})
