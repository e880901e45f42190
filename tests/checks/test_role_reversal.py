"""D420 role-reversal: genitive doer and accusative/dative object swapped; a comparison turned round."""

from __future__ import annotations

import pytest

from findings import findings_of


@pytest.mark.parametrize("orig, trans, basis", [
    ("Gürcistan'ın Ermenistan'a elektrik ihracatı arttı.", "Armenia's electricity exports to Georgia rose.",
     "genitive"),
    ("Bakan Yılmaz'ın Başkan Kara'yı ziyareti kısa sürdü.", "Mayor Kara's visit to Minister Yılmaz was brief.",
     "genitive"),
    ("İzmir, bu yıl Antalya'dan daha fazla turist ağırladı.", "Antalya hosted more tourists than Izmir this year.",
     "comparison"),
    ("Kentlerde işsizlik köylere göre daha yüksek.", "Unemployment is higher in villages than in cities.",
     "comparison"),
])
def test_reversed_roles_are_flagged(orig, trans, basis, encoder):
    assert basis in {finding.basis for finding in findings_of("D420", orig, trans, encoder)}


@pytest.mark.parametrize("orig, trans", [
    ("Gürcistan'ın Ermenistan'a elektrik ihracatı arttı.", "Georgia's electricity exports to Armenia rose."),
    ("Bakan Yılmaz'ın Başkan Kara'yı ziyareti kısa sürdü.", "Minister Yılmaz's visit to Mayor Kara was brief."),
    ("İzmir, bu yıl Antalya'dan daha fazla turist ağırladı.", "Izmir hosted more tourists than Antalya this year."),
    ("Kentlerde işsizlik köylere göre daha yüksek.", "Unemployment is higher in cities than in villages."),
    ("Enflasyon beklentilere göre daha düşük geldi.", "Inflation came in lower than expected."),
])
def test_roles_kept_stay_quiet(orig, trans, encoder):
    assert findings_of("D420", orig, trans, encoder) == []
