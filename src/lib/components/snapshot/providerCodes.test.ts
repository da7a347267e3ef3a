import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { providerCodes } from './providerCodes';

describe('providerCodes', () => {
	it('gives each provider its initial, or its first two letters when the initial is taken', () => {
		const codes = providerCodes([
			{ id: 'alibaba', name: 'Alibaba Cloud (Aliyun)' },
			{ id: 'aws', name: 'Amazon Web Services' },
			{ id: 's3ns', name: 'S3NS' },
			{ id: 'azure', name: 'Microsoft Azure' }
		]);
		expect([...codes]).toEqual([
			['alibaba', 'A'],
			['aws', 'Am'],
			['s3ns', 'S'],
			['azure', 'M']
		]);
	});

	it('numbers a provider whose initial and first two letters are both taken', () => {
		const codes = providerCodes([
			{ id: 'a', name: 'Ab' },
			{ id: 'b', name: 'Ab cloud' },
			{ id: 'c', name: 'ab' },
			{ id: 'd', name: '!!' }
		]);
		expect([...codes.values()]).toEqual(['A', 'Ab', 'A2', '?']);
	});

	it('tells every provider of the dataset apart, in at most two letters', () => {
		const providers = JSON.parse(readFileSync('data/providers.json', 'utf8')) as { id: string; name: string }[];
		const codes = [...providerCodes(providers).values()];
		expect(new Set(codes).size).toBe(providers.length);
		for (const code of codes) expect(code).toMatch(/^\p{Lu}[\p{Ll}\p{N}]?$/u);
	});
});
