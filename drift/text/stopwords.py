"""Function words of each language: never linked, never reported.

Hand-kept and short on purpose: only words that carry grammar rather than
content, so that what remains unlinked in a bead is worth a look.
"""

from __future__ import annotations

from drift.model import Language

_TURKISH = """
ve ile ya veya yahut ama ancak fakat lakin ise ki de da mi mı mu mü bu şu o bunlar şunlar onlar
bunu şunu onu bunun şunun onun buna şuna ona bunda onda bundan ondan bir birer her hiç tüm bütün
bazı birçok çok az daha en pek gibi kadar için üzere göre karşın rağmen beri dolayı diye
olarak olan olduğu olduğunu olduğuna olduğundan olması olmak olur oldu olacak olmuş olan
ise iken ayrıca yani çünkü eğer zaten bile sadece yalnızca artık hem ne nasıl neden niçin hangi
kendi kendisi kendini biz siz ben sen onlar bizim sizin benim senin şey şeyi sonra önce
etti eden edildi edilen ettiğini ettiği etmek edecek edecektir yaptı yapılan yapıldı
ayın bu yılın son ilk ise de dahil
"""

_ENGLISH = """
a an the of to in on at for with by from into onto about over under after before between through
during without within against among and or but nor so yet if then than that this these those there
here it its it's is are was were be been being am has have had having do does did doing will would
shall should can could may might must as which who whom whose what when where why how all any both
each few more most other some such no only own same too very just also not n't said says say told
he she they we you i me him her them us his hers their theirs our ours your yours my mine himself
herself itself themselves ourselves while since until because although though whether up out off
again further once one ones another per via mr mrs ms
"""

STOPWORDS = {
    Language.TURKISH: frozenset(_TURKISH.split()),
    Language.ENGLISH: frozenset(_ENGLISH.split()),
}


def is_stopword(word: str, language: Language) -> bool:
    """True for a function word of `language` (compare lower-cased, Turkish-folded for Turkish)."""
    return word in STOPWORDS[language]
