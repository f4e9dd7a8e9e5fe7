-- Cadres' names and descriptions in the interface's other languages, so a
-- reader who picks Français or العربية finds the cadres (home, a cadre's
-- page, a course's audience) in it. The words are the seeded cadres'
-- (needs review by each institution's translator). A cadre without a
-- translation into the reader's language shows its own name.
--
-- Renaming a cadre (`/admin/cadres`) removes its translations in the same
-- transaction: a translation of the old name would say something else.
CREATE TABLE cadre_translations (
    cadre_id     BIGINT NOT NULL REFERENCES cadres (id),
    language     TEXT   NOT NULL CHECK (language IN ('fr', 'es', 'pt', 'ar')),
    name         TEXT   NOT NULL,
    description  TEXT   NOT NULL,
    PRIMARY KEY (cadre_id, language)
);

INSERT INTO cadre_translations (cadre_id, language, name, description)
SELECT c.id, t.language, t.name, t.description
FROM cadres c JOIN (
    SELECT 'police-first-responder' AS slug, 'fr' AS language, 'Primo-intervenants de la police' AS name, 'Agents qui reçoivent le premier signalement ou ont le premier contact avec l''enfant.' AS description
    UNION ALL SELECT 'police-investigator', 'fr', 'Enquêteurs de police', 'Enquêteurs et unités spécialisées chargés des affaires d''exploitation et d''abus sexuels d''enfants, en ligne et hors ligne.'
    UNION ALL SELECT 'prosecutor', 'fr', 'Procureurs', 'Membres du parquet qui décident des poursuites et soutiennent l''accusation dans les affaires d''exploitation et d''abus sexuels d''enfants.'
    UNION ALL SELECT 'judge', 'fr', 'Juges et magistrats', 'Magistrats du siège qui jugent des affaires impliquant des enfants victimes et témoins.'
    UNION ALL SELECT 'social-worker', 'fr', 'Travailleurs sociaux', 'Travailleurs sociaux et agents de protection de l''enfance qui accompagnent les enfants et les familles.'
    UNION ALL SELECT 'helpline-counsellor', 'fr', 'Écoutants de ligne d''assistance', 'Écoutants qui répondent aux enfants et aux adultes par téléphone ou par messagerie.'
    UNION ALL SELECT 'police-first-responder', 'es', 'Primeros intervinientes policiales', 'Agentes que reciben la primera denuncia o tienen el primer contacto con el niño, niña o adolescente.'
    UNION ALL SELECT 'police-investigator', 'es', 'Investigadores policiales', 'Investigadores y unidades especializadas en explotación y abuso sexual infantil, en línea y fuera de línea.'
    UNION ALL SELECT 'prosecutor', 'es', 'Fiscales', 'Fiscales que deciden la acusación y sostienen los casos de explotación y abuso sexual infantil.'
    UNION ALL SELECT 'judge', 'es', 'Jueces y magistrados', 'Personal judicial que conoce de casos con niños, niñas y adolescentes víctimas y testigos.'
    UNION ALL SELECT 'social-worker', 'es', 'Trabajadores sociales', 'Trabajadores sociales y funcionarios de protección de la infancia que acompañan a niños, niñas y familias.'
    UNION ALL SELECT 'helpline-counsellor', 'es', 'Orientadores de líneas de ayuda', 'Orientadores que atienden a niños, niñas y adultos por teléfono o chat.'
    UNION ALL SELECT 'police-first-responder', 'pt', 'Primeiros interventores policiais', 'Agentes que recebem a primeira denúncia ou têm o primeiro contacto com a criança.'
    UNION ALL SELECT 'police-investigator', 'pt', 'Investigadores da polícia', 'Investigadores e unidades especializadas em exploração e abuso sexual de crianças, online e offline.'
    UNION ALL SELECT 'prosecutor', 'pt', 'Procuradores', 'Procuradores que decidem a acusação e sustentam os casos de exploração e abuso sexual de crianças.'
    UNION ALL SELECT 'judge', 'pt', 'Juízes e magistrados', 'Magistrados judiciais que julgam casos com crianças vítimas e testemunhas.'
    UNION ALL SELECT 'social-worker', 'pt', 'Assistentes sociais', 'Assistentes sociais e técnicos de proteção da criança que apoiam crianças e famílias.'
    UNION ALL SELECT 'helpline-counsellor', 'pt', 'Conselheiros de linhas de apoio', 'Conselheiros que atendem crianças e adultos por telefone ou chat.'
    UNION ALL SELECT 'police-first-responder', 'ar', 'المستجيبون الأوائل من الشرطة', 'الضباط الذين يتلقون البلاغ الأول أو يجرون أول اتصال بالطفل.'
    UNION ALL SELECT 'police-investigator', 'ar', 'محققو الشرطة', 'المحققون والوحدات المتخصصة في التحقيق في الاستغلال والاعتداء الجنسي على الأطفال، عبر الإنترنت وخارجه.'
    UNION ALL SELECT 'prosecutor', 'ar', 'أعضاء النيابة العامة', 'أعضاء النيابة الذين يقررون توجيه الاتهام ويترافعون في قضايا الاستغلال والاعتداء الجنسي على الأطفال.'
    UNION ALL SELECT 'judge', 'ar', 'القضاة', 'أعضاء السلطة القضائية الذين ينظرون في القضايا التي يكون فيها أطفال ضحايا وشهود.'
    UNION ALL SELECT 'social-worker', 'ar', 'الأخصائيون الاجتماعيون', 'الأخصائيون الاجتماعيون وموظفو حماية الطفل الذين يدعمون الأطفال والأسر.'
    UNION ALL SELECT 'helpline-counsellor', 'ar', 'مستشارو خطوط المساعدة', 'المستشارون الذين يجيبون الأطفال والبالغين عبر الهاتف أو المحادثة.'
) t ON t.slug = c.slug;
