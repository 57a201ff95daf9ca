SELECT e.endpoint,
       (SELECT MIN(l.p50_ms) FROM latencies l
         WHERE l.endpoint = e.endpoint
           AND l.p50_ms > (SELECT MIN(p50_ms) FROM latencies WHERE endpoint = e.endpoint)) AS second_ms
FROM (SELECT DISTINCT endpoint FROM latencies) e
