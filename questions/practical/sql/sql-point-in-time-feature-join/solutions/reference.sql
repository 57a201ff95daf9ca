SELECT l.user_id, l.label_ts, l.label, f.spend_30d
FROM labels l
LEFT JOIN features f
  ON f.user_id = l.user_id
 AND f.feature_ts = (SELECT MAX(feature_ts) FROM features f2 WHERE f2.user_id = l.user_id AND f2.feature_ts <= l.label_ts)
